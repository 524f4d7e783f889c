import type { GraphSettings } from '../../../src/config';
import { createGraphGateway, GraphGatewayOptions } from '../../../src/graph/createGraphGateway';
import type { GraphGateway } from '../../../src/graph/gateway';
import { captureLogger, CapturedLine } from './captureLogger';
import { FakeGraph, FakeHandler } from './fakeGraph';

export interface GatewayOnFake {
  gateway: GraphGateway;
  fake: FakeGraph;
  lines: CapturedLine[];
  /** Milliseconds each retry would have waited (no real sleeping in tests). */
  waits: number[];
  stop(): Promise<void>;
}

/** The real gateway (real Graph client and middleware) against the fake, with a fixed token. */
export async function gatewayOnFake(
  handler: FakeHandler,
  overrides: Partial<GraphGatewayOptions> & { timeoutMs?: number } = {},
): Promise<GatewayOnFake> {
  const fake = await new FakeGraph(handler).start();
  const { logger, lines } = captureLogger();
  const waits: number[] = [];
  const settings: GraphSettings = {
    credential: { kind: 'secret', tenantId: 'tenant', clientId: 'client', clientSecret: 'not-used' },
    baseUrl: fake.baseUrl,
    authorityHost: 'https://login.example.invalid',
    timeoutMs: overrides.timeoutMs ?? 5000,
  };
  const gateway = createGraphGateway({
    settings,
    logger,
    tokenProvider: { getAccessToken: async () => 'test-token-value' },
    sleep: async (ms) => {
      waits.push(ms);
    },
    ...overrides,
  });
  return { gateway, fake, lines, waits, stop: () => fake.stop() };
}
