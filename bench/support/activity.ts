/** Megan Bowen, a Global Administrator in the simulator's source tenant: every role, so every command runs. */
export const BENCH_USER = {
  id: '29:bench-megan',
  aadObjectId: '8a94becf-b550-55fd-a0ff-5ad939bc5b34',
  name: 'Megan Bowen',
};

/** A Teams personal-chat message from BENCH_USER in `tenantId`, as the Bot Connector would POST it. */
export function messageActivity(options: {
  id: string;
  text: string;
  serviceUrl: string;
  tenantId: string;
  conversation: string;
}): Record<string, unknown> {
  return {
    type: 'message',
    id: options.id,
    text: options.text,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: options.serviceUrl,
    from: { ...BENCH_USER },
    recipient: { id: '28:bench-bot', name: 'Sync Bot' },
    conversation: {
      id: options.conversation,
      conversationType: 'personal',
      tenantId: options.tenantId,
      isGroup: false,
    },
    channelData: { tenant: { id: options.tenantId } },
    locale: 'en-US',
  };
}
