import type { FakeReply, SeenRequest } from './fakeGraph';

interface BatchRequestItem {
  id: string;
  method: string;
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Answers POST /$batch by passing each item to `item`, like Graph's JSON batching does. */
export function batchReply(request: SeenRequest, item: (req: BatchRequestItem) => FakeReply): FakeReply {
  const { requests } = request.body as { requests: BatchRequestItem[] };
  return {
    status: 200,
    body: {
      responses: requests.map((r) => {
        const reply = item(r);
        return { id: r.id, status: reply.status, headers: reply.headers ?? {}, body: reply.body };
      }),
    },
  };
}
