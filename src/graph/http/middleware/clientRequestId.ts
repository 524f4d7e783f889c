import { randomUUID } from 'node:crypto';
import type { Context } from '@microsoft/microsoft-graph-client';
import { ChainLink, headersOf } from './chainLink';

/** Every request carries a client-request-id, which Graph echoes in errors; retries keep the same one. */
export class ClientRequestIdLink extends ChainLink {
  constructor(private readonly newId: () => string = randomUUID) {
    super();
  }

  async execute(context: Context): Promise<void> {
    const headers = headersOf(context);
    if (!headers['client-request-id']) headers['client-request-id'] = this.newId();
    await this.callNext(context);
  }
}
