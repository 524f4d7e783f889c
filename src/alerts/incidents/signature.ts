import { createHash } from 'node:crypto';
import type { IncidentKind } from '../types';

/**
 * The incident id: the same configuration, kind and discriminator always give the same id, so
 * a restarted or newly elected monitor finds the incident it already posted (dedupe).
 */
export function incidentId(servicePrincipalId: string, kind: IncidentKind, discriminator: string): string {
  return createHash('sha256').update(`${servicePrincipalId}|${kind}|${discriminator}`).digest('hex').slice(0, 24);
}

/** Buttons carry the id and the series, so a card of an earlier, resolved opening can't act on a new one. */
export function incidentRef(id: string, series: number): string {
  return `${id}.${series}`;
}

export function parseIncidentRef(ref: string): { id: string; series: number } | undefined {
  const m = /^([0-9a-f]{24})\.(\d{1,9})$/.exec(ref);
  return m ? { id: m[1], series: Number(m[2]) } : undefined;
}
