import type { SimulatorState, Tenant } from '../store/tenant';
import type { AuthApp } from '../store/types';
import type { RoleKey } from '../store/roleTemplates';
import type { StrictSettings } from './strictSettings';

/** A parsed Graph request (after /v1.0), from HTTP or from a $batch item. */
export interface GraphRequest {
  method: string;
  /** Path after /v1.0, starting with "/", percent-decoded per segment. */
  path: string;
  segments: string[];
  /** Query options; OData system options ($filter, ...) keyed in lower case. */
  query: Map<string, string>;
  headers: Record<string, string>;
  body: unknown;
}

export interface GraphResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Everything a handler may use: the caller's tenant and app, the simulator, the matched path parameters. */
export interface Ctx {
  req: GraphRequest;
  params: Record<string, string>;
  tenant: Tenant;
  app: AuthApp;
  /** The signed-in user of a delegated token (absent for app-only tokens): audit entries name them as initiator. */
  user?: { id: string; displayName: string; userPrincipalName: string };
  /** The delegated token's `scp` (absent for app-only tokens, whose permissions are `app.roles`). */
  scopes?: string[];
  sim: SimulatorState;
  /** "https://127.0.0.1:PORT/v1.0" */
  baseUrl: string;
  requestId: string;
  now: Date;
  services: Services;
  /** The strict rules' switches (control API settings). */
  strict: StrictSettings;
}

/** Hooks into the rest of the simulator that handlers call (engine, clock), set up by the server. */
export interface Services {
  provisionOnDemand?(ctx: Ctx, spId: string, jobId: string): Promise<GraphResponse> | GraphResponse;
  jobStarted?(tenant: Tenant, spId: string, jobId: string): void;
  jobRestarted?(tenant: Tenant, spId: string, jobId: string, resetScope: string[]): void;
}

export type Handler = (ctx: Ctx) => GraphResponse | Promise<GraphResponse>;

export interface Route {
  method: string;
  template: string;
  /** Who may call it: application permissions, delegated permissions and the signed-in person's directory roles. */
  perms: Access;
  /** For alternatives holding Application.ReadWrite.OwnedBy: does the caller own the object? */
  owned?: (ctx: Ctx) => boolean;
  handler: Handler;
}

/** A route's access rule: who may call it with an app-only token, and with a delegated one. */
export interface Access {
  /** Alternatives; each alternative is a set of application permissions that must all be granted. */
  app: string[][];
  delegated: {
    /** Alternatives of delegated permissions (`scp`), as for `app`. */
    scopes: string[][];
    /**
     * The directory roles Microsoft documents as least privileged for the API ("member": any member user); Global
     * Administrator passes every check.
     */
    roles: RoleKey[] | 'member';
  };
}
