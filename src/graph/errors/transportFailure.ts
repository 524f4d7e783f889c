import { GraphClientError } from '@microsoft/microsoft-graph-client';
import type { CodedError } from '../../errors';

/**
 * A failure raised inside our middleware (timeout, unreachable host). The Graph client
 * rethrows GraphClientError instances untouched but flattens every other error into a
 * GraphError that loses its class and cause, so the coded error travels inside one of these.
 */
export class TransportFailure extends GraphClientError {
  constructor(readonly coded: CodedError) {
    super(coded.message);
    this.name = 'TransportFailure';
    Object.setPrototypeOf(this, TransportFailure.prototype);
  }
}
