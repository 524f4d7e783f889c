import { GraphError } from './errors';
import type { Route } from './types';

interface Compiled {
  route: Route;
  matchers: ((segment: string) => Record<string, string> | null)[];
  literalCount: number;
}

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

/**
 * A tiny router over path templates ("/users/{id}/memberOf",
 * "findTenantInformationByDomainName(domainName='{domainName}')").
 * Literal segments match case-insensitively, as Graph's do; more literal routes win over parameterised ones.
 */
export class Router {
  private readonly compiled: Compiled[] = [];

  add(...routes: Route[]): this {
    for (const route of routes) {
      const parts = route.template.split('/').filter((s) => s !== '');
      const matchers = parts.map(segmentMatcher);
      this.compiled.push({ route, matchers, literalCount: parts.filter((p) => !p.includes('{')).length });
    }
    this.compiled.sort((a, b) => b.literalCount - a.literalCount);
    return this;
  }

  /** The matching route, or a GraphError as Graph answers an unknown segment or a wrong method. */
  match(method: string, segments: string[]): RouteMatch {
    let pathMatched = false;
    for (const c of this.compiled) {
      if (c.matchers.length !== segments.length) continue;
      const params: Record<string, string> = {};
      let ok = true;
      for (let i = 0; i < segments.length && ok; i++) {
        const m = c.matchers[i](segments[i]);
        if (m) Object.assign(params, m);
        else ok = false;
      }
      if (!ok) continue;
      pathMatched = true;
      if (c.route.method === method) return { route: c.route, params };
    }
    if (pathMatched)
      throw new GraphError(405, 'Request_BadRequest', 'Specified HTTP method is not allowed for the request target.');
    const last = segments[segments.length - 1] ?? '';
    throw new GraphError(400, 'BadRequest', `Resource not found for the segment '${last}'.`);
  }

  routes(): Route[] {
    return this.compiled.map((c) => c.route);
  }
}

function segmentMatcher(template: string): (segment: string) => Record<string, string> | null {
  if (!template.includes('{')) {
    const lower = template.toLowerCase();
    return (s) => (s.toLowerCase() === lower ? {} : null);
  }
  const names: string[] = [];
  const source = template
    .split(/(\{[A-Za-z0-9_]+\})/)
    .map((part) => {
      const m = /^\{([A-Za-z0-9_]+)\}$/.exec(part);
      if (m) {
        names.push(m[1]);
        return '(.+?)';
      }
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  const re = new RegExp(`^${source}$`, 'i');
  return (s) => {
    const m = re.exec(s);
    if (!m) return null;
    const out: Record<string, string> = {};
    names.forEach((n, i) => (out[n] = m[i + 1]));
    return out;
  };
}
