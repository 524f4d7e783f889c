/** Requests by "METHOD /path/template", so benchmarks can count Graph calls per bot command. */
export class RequestCounters {
  private byTemplate = new Map<string, number>();
  private batchItems = new Map<string, number>();
  private total = 0;
  private since = new Date().toISOString();

  record(key: string): void {
    this.total++;
    this.byTemplate.set(key, (this.byTemplate.get(key) ?? 0) + 1);
  }

  recordBatchItem(key: string): void {
    this.batchItems.set(key, (this.batchItems.get(key) ?? 0) + 1);
  }

  snapshot(): { since: string; total: number; requests: Record<string, number>; batchItems: Record<string, number> } {
    return { since: this.since, total: this.total, requests: Object.fromEntries(this.byTemplate), batchItems: Object.fromEntries(this.batchItems) };
  }

  reset(): void {
    this.byTemplate = new Map();
    this.batchItems = new Map();
    this.total = 0;
    this.since = new Date().toISOString();
  }
}
