import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the scripted model answers to one request: tool calls, or a message. */
export type ModelReply = { toolCalls: Array<{ name: string; arguments: unknown }> } | { content: string };

export interface ChatRequest {
  model: string;
  messages: Array<{ role: string; content: string | null; tool_calls?: unknown[]; tool_call_id?: string }>;
  tools?: Array<{ type: 'function'; function: { name: string; description?: string; parameters?: unknown } }>;
}

export interface FakeModel {
  /** The OpenAI base URL to configure (OPENAI_ENDPOINT). */
  endpoint: string;
  requests: ChatRequest[];
  /** Replies for the next requests, in order; a request with none left gets a polite message. */
  script(...replies: ModelReply[]): void;
  close(): Promise<void>;
}

/** A local OpenAI-compatible endpoint (POST /v1/chat/completions) that answers as scripted by the test. */
export async function startFakeModel(): Promise<FakeModel> {
  const requests: ChatRequest[] = [];
  let queue: ModelReply[] = [];
  let calls = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: `no route ${req.method} ${req.url}` } }));
        return;
      }
      const request = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChatRequest;
      requests.push(request);
      const reply = queue.shift() ?? {
        content: 'I can help with cross-tenant synchronization. Type "help" to see how.',
      };
      const message =
        'toolCalls' in reply
          ? {
              role: 'assistant',
              content: null,
              tool_calls: reply.toolCalls.map((t) => ({
                id: `call_${++calls}`,
                type: 'function',
                function: {
                  name: t.name,
                  arguments: typeof t.arguments === 'string' ? t.arguments : JSON.stringify(t.arguments),
                },
              })),
            }
          : { role: 'assistant', content: reply.content };
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          id: `chatcmpl-${calls}`,
          object: 'chat.completion',
          created: Math.floor(Date.now() / 1000),
          model: request.model,
          choices: [{ index: 0, message, finish_reason: 'toolCalls' in reply ? 'tool_calls' : 'stop' }],
          usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}/v1`,
    requests,
    script: (...replies) => {
      queue = [...replies];
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
