import type { Client } from '@microsoft/microsoft-graph-client';
import { isCoded, ErrorCode } from '../../errors';
import { mapGraphError } from '../errors/mapGraphError';
import { GraphEndpoint, relativeToGraph } from './graphEndpoint';

export type Headers = Record<string, string>;

export interface CollectionPage<T> {
  items: T[];
  /** Path of the next page relative to the version root, when there is one. */
  next?: string;
  count?: number;
}

/**
 * The small request surface every Graph area uses. Each call maps failures to coded errors
 * with the method and path that failed, so areas never see a GraphError.
 */
export interface GraphHttp {
  get<T>(path: string, headers?: Headers): Promise<T>;
  /** A GET whose 404 means "there is none". */
  find<T>(path: string, headers?: Headers): Promise<T | undefined>;
  post<T = void>(path: string, body?: unknown, headers?: Headers): Promise<T>;
  put(path: string, body: unknown): Promise<void>;
  patch(path: string, body: unknown): Promise<void>;
  delete(path: string): Promise<void>;
  /** One page of a collection; `path` may be a path or an @odata.nextLink. */
  page<T>(path: string, headers?: Headers): Promise<CollectionPage<T>>;
  /** Every page of a collection, up to maxItems. */
  all<T>(path: string, headers?: Headers, maxItems?: number): Promise<T[]>;
}

interface ODataCollection<T> {
  value?: T[];
  '@odata.nextLink'?: string;
  '@odata.count'?: number;
}

/** `delegated`: the client sends a person's token, so refusals are read as about their Entra roles. */
export function createGraphHttp(client: Client, endpoint: GraphEndpoint, delegated = false): GraphHttp {
  const call = async <T>(method: string, path: string, send: () => Promise<T>): Promise<T> => {
    try {
      return await send();
    } catch (error) {
      throw mapGraphError(error, { method, path, delegated });
    }
  };
  const request = (path: string, headers: Headers = {}) => client.api(path).headers(headers);

  const http: GraphHttp = {
    get: (path, headers) => call('GET', path, () => request(path, headers).get()),
    async find<T>(path: string, headers?: Headers) {
      try {
        return await http.get<T>(path, headers);
      } catch (error) {
        if (isCoded(error, ErrorCode.GraphNotFound)) return undefined;
        throw error;
      }
    },
    post: (path, body, headers) => call('POST', path, () => request(path, headers).post(body ?? {})),
    put: (path, body) => call('PUT', path, () => request(path).put(body)),
    patch: (path, body) => call('PATCH', path, () => request(path).patch(body)),
    delete: (path) => call('DELETE', path, () => request(path).delete()),
    async page<T>(pathOrLink: string, headers?: Headers) {
      const path = relativeToGraph(endpoint, pathOrLink);
      const body = await http.get<ODataCollection<T>>(path, headers);
      const next = body['@odata.nextLink'];
      return {
        items: body.value ?? [],
        next: next ? relativeToGraph(endpoint, next) : undefined,
        count: body['@odata.count'],
      };
    },
    async all<T>(path: string, headers?: Headers, maxItems = Number.POSITIVE_INFINITY) {
      const items: T[] = [];
      let next: string | undefined = path;
      while (next !== undefined && items.length < maxItems) {
        const page: CollectionPage<T> = await http.page<T>(next, headers);
        items.push(...page.items);
        next = page.next;
      }
      return items.slice(0, maxItems);
    },
  };
  return http;
}
