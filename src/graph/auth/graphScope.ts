/** Graph hosts of the national clouds; the scope must name the Graph the token is for. */
const MICROSOFT_GRAPH_HOSTS = new Set([
  'graph.microsoft.com',
  'graph.microsoft.us',
  'dod-graph.microsoft.us',
  'graph.microsoft.de',
  'microsoftgraph.chinacloudapi.cn',
  'canary.graph.microsoft.com',
]);

/**
 * The client-credentials scope. A stand-in Graph (the simulator) behaves as the global
 * Graph does, so it gets the global Graph scope.
 */
export function graphScope(graphBaseUrl: string): string {
  const host = new URL(graphBaseUrl).hostname;
  return MICROSOFT_GRAPH_HOSTS.has(host) ? `https://${host}/.default` : 'https://graph.microsoft.com/.default';
}
