import { CodedError } from '../../errors';
import { mapGraphError } from '../errors/mapGraphError';
import type { BatchItem, BatchOutcome } from './batch';
import type { GraphHttp } from './graphHttp';

/**
 * Reading answers that came back inside a $batch the way the single request's method would:
 * the same values, the same "not found" and the same CodedError.
 */

/** The body of a GET (http.get). */
export function bodyOf<T>(outcome: BatchOutcome): T {
  if (!outcome.ok) throw outcome.error;
  return outcome.body as T;
}

/** The body of a GET whose 404 means "there is none" (http.find). */
export function foundBodyOf<T>(outcome: BatchOutcome): T | undefined {
  if (!outcome.ok && outcome.error.details.status === 404) return undefined;
  return bodyOf<T>(outcome);
}

/** Every item of a collection whose first page came in the batch; the next pages follow one by one (http.all). */
export async function collectionOf<T>(http: GraphHttp, outcome: BatchOutcome): Promise<T[]> {
  const body = bodyOf<{ value?: T[]; '@odata.nextLink'?: string }>(outcome);
  const first = body.value ?? [];
  const next = body['@odata.nextLink'];
  return next ? [...first, ...(await http.all<T>(next))] : first;
}

/** A read's value, or the CodedError it failed with (anything else thrown is mapped as a single request's would be). */
export async function settle<T>(item: BatchItem, read: () => T | Promise<T>): Promise<T | CodedError> {
  try {
    return await read();
  } catch (error) {
    return mapGraphError(error, { method: item.method, path: item.url });
  }
}
