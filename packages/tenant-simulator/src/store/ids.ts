import crypto from 'node:crypto';

/** A GUID derived from names, so seeded objects have the same id on every start. */
export function stableGuid(...parts: string[]): string {
  const h = crypto.createHash('sha1').update(parts.join('\u0000')).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

/** Hex characters derived from names (job ids, netIds). */
export function stableHex(length: number, ...parts: string[]): string {
  let out = '';
  for (let i = 0; out.length < length; i++) {
    out += crypto
      .createHash('sha256')
      .update(`${i}\u0000${parts.join('\u0000')}`)
      .digest('hex');
  }
  return out.slice(0, length);
}

export function newGuid(): string {
  return crypto.randomUUID();
}

/** appRoleAssignment ids look like "-WmtM5na7Uus0D8kI1yylpU9Mdo0Pb9OoBJvd3T5eKc": base64url of 32 bytes, not a GUID. */
export function assignmentId(...parts: string[]): string {
  const seed = parts.length > 0 ? parts.join('\u0000') : crypto.randomUUID();
  return crypto.createHash('sha256').update(seed).digest('base64url').slice(0, 43);
}

/** Job ids observed in the wild: "{templateId}.{32 hex}.{guid}". */
export function jobId(templateId: string, ...parts: string[]): string {
  const seed = parts.length > 0 ? parts : [crypto.randomUUID()];
  return `${templateId}.${stableHex(32, 'job', ...seed)}.${stableGuid('job-tenant', ...seed)}`;
}

/** A netId (PUID) as the directory keeps it: 16 upper-case hex characters. */
export function netIdFor(...parts: string[]): string {
  return `1003${stableHex(12, 'netid', ...parts)}`.toUpperCase();
}
