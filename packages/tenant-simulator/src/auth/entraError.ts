import crypto from 'node:crypto';

export interface TokenReply {
  status: number;
  body: Record<string, unknown>;
}

/** What some Entra errors add: `suberror` (consent_required, ...), a Conditional Access `claims` challenge. */
export interface EntraErrorExtra {
  suberror?: string;
  claims?: string;
}

export type EntraFail = (
  status: number,
  error: string,
  code: number,
  description: string,
  extra?: EntraErrorExtra,
) => TokenReply;

/** An OAuth error body as Entra sends it: AADSTS code, trace and correlation ids, timestamp. */
export function entraError(correlationId: string | undefined): EntraFail {
  return (status, error, code, description, extra = {}) => {
    const traceId = crypto.randomUUID();
    const correlation = correlationId ?? crypto.randomUUID();
    const timestamp = new Date()
      .toISOString()
      .replace('T', ' ')
      .replace(/\.\d+Z$/, 'Z');
    return {
      status,
      body: {
        error,
        error_description:
          `AADSTS${code}: ${description} Trace ID: ${traceId} Correlation ID: ` +
          `${correlation} Timestamp: ${timestamp}`,
        error_codes: [code],
        timestamp,
        trace_id: traceId,
        correlation_id: correlation,
        error_uri: `https://login.microsoftonline.com/error?code=${code}`,
        ...extra,
      },
    };
  };
}
