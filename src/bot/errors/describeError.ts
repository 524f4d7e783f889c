import { CodedError, ErrorCode, isCoded } from '../../errors';
import type { Audience } from '../turn/audience';

/** What to tell the user about a failure, and how loudly to log it. */
export interface ErrorView {
  code: ErrorCode | 'Unexpected';
  title: string;
  message: string;
  /** What the user (or the bot's operator) should do. */
  action: string;
  severity: 'warning' | 'error';
  logLevel: 'info' | 'warn' | 'error';
  requestId?: string;
}

type Describe = (e: CodedError) => Omit<ErrorView, 'code' | 'requestId'>;

const input =
  (title: string, action = ''): Describe =>
  (e) => ({ title, message: e.message, action, severity: 'warning', logLevel: 'info' });
const access =
  (title: string, action: string): Describe =>
  (e) => ({ title, message: e.message, action, severity: 'warning', logLevel: 'warn' });
const graph =
  (title: string, action: (e: CodedError) => string, logLevel: 'warn' | 'error' = 'warn'): Describe =>
  (e) => ({
    title,
    message: `${graphSaid(e)}`,
    action: action(e),
    severity: 'error',
    logLevel,
  });

const OPERATOR = 'Tell whoever runs this bot';

/** The one place that turns a coded failure into words. */
const DESCRIBE: Partial<Record<ErrorCode, Describe>> = {
  [ErrorCode.InvalidInput]: input("I can't use that request", 'Type "help" to see the commands and examples.'),
  [ErrorCode.UnknownCommand]: input("I didn't understand that", 'Type "help" to see what I can do.'),
  [ErrorCode.UnknownConfiguration]: input(
    'No such configuration',
    'Type "list configurations" to see the ones I know.',
  ),
  [ErrorCode.AmbiguousConfiguration]: input(
    'Which configuration?',
    'Use the full name; "list configurations" shows them all.',
  ),
  [ErrorCode.UnknownUser]: input('No such user', 'Try the user principal name (name@domain) or the mail address.'),
  [ErrorCode.AmbiguousUser]: input('Which user?', 'Use the user principal name to pick exactly one person.'),
  [ErrorCode.UnknownGroup]: input('No such group', 'Check the group name, or use its object id.'),
  [ErrorCode.NotSupported]: input('Not available yet', 'Type "help" to see what I can do today.'),
  [ErrorCode.StaleAction]: input('This card is out of date', 'Ask again in a new message to get a fresh card.'),
  [ErrorCode.MissingRole]: access("You can't do that", 'Ask an administrator for the role named above.'),
  [ErrorCode.UnknownActor]: access(
    "I don't know you",
    'Sign in to Teams with your work account in this organization, or ask an administrator.',
  ),
  [ErrorCode.ForeignTenant]: access(
    'Not available to your organization',
    'This bot serves only the organization that runs it.',
  ),
  [ErrorCode.ForeignChannel]: access(
    'Not a Microsoft Teams conversation',
    'This bot answers and posts only in Microsoft Teams conversations.',
  ),
  [ErrorCode.SelfApproval]: access("You can't approve your own request", 'Ask another approver to decide.'),
  [ErrorCode.SignInRequired]: (e) => ({
    title: 'Sign in to make this change',
    message: e.message,
    action: 'Type "sign in" (Teams signs you in with the account you use in Teams), then try again.',
    severity: 'warning',
    logLevel: 'info',
  }),
  [ErrorCode.EntraChallenge]: (e) => ({
    title: 'Microsoft Entra wants more before this change',
    message: e.message,
    action:
      'Do what Entra asks (for example, sign in to the Entra admin center with multi-factor authentication), then ' +
      'type "sign in" and try again.',
    severity: 'warning',
    logLevel: 'warn',
  }),
  [ErrorCode.EntraRoleMissing]: (e) => {
    const roles = listed(e.details.requiredRoles);
    return {
      title: roles
        ? `Microsoft Entra refused your account: it needs ${roles}`
        : 'Microsoft Entra refused your account for this change',
      message: graphSaid(e),
      action:
        'Ask for that role, or if you hold it as eligible, activate it in Privileged Identity Management (Entra ' +
        'admin center > Identity governance > Privileged Identity Management > My roles), then try again.',
      severity: 'warning',
      logLevel: 'warn',
    };
  },
  [ErrorCode.GraphUnauthorized]: graph(
    "Microsoft Graph rejected the bot's sign-in (401)",
    () =>
      `${OPERATOR}: the client secret or certificate of the bot's Graph app registration may have expired, or ` +
      `GRAPH_TENANT_ID / GRAPH_CLIENT_ID point at the wrong app (Entra admin center > App registrations > ` +
      `Certificates & secrets).`,
    'error',
  ),
  [ErrorCode.GraphForbidden]: (e) => {
    const permissions = requiredPermissions(e);
    return {
      title: permissions
        ? `The bot is missing the Graph permission ${permissions}`
        : 'The bot is not allowed to do that in Microsoft Graph (403)',
      message: graphSaid(e),
      action: permissions
        ? `${OPERATOR}: add the application permission ${permissions} to the bot's app registration and grant admin ` +
          `consent (Entra admin center > App registrations > API permissions).`
        : `${OPERATOR}: check the application permissions and admin consent of the bot's app registration (Entra ` +
          `admin center > App registrations > API permissions).`,
      severity: 'error',
      logLevel: 'error',
    };
  },
  [ErrorCode.GraphNotFound]: graph(
    'Microsoft Graph could not find that object',
    () => 'It may have been deleted or renamed. Ask again to get fresh data.',
  ),
  [ErrorCode.GraphConflict]: graph(
    'Someone changed this at the same time',
    () => 'Ask again to see the current state, then retry.',
  ),
  [ErrorCode.GraphBadRequest]: graph(
    'Microsoft Graph refused the request',
    () => 'Check the names and values in your request and try again.',
  ),
  [ErrorCode.GraphThrottled]: graph('Microsoft Graph is throttling the bot', (e) => `Try again in ${retryAfter(e)}.`),
  [ErrorCode.GraphUnavailable]: graph(
    'Microsoft Graph is not available right now',
    () => 'This is usually temporary: try again in a few minutes.',
  ),
  [ErrorCode.GraphTimeout]: graph(
    'Microsoft Graph took too long to answer',
    () => 'Try again in a moment; if it keeps happening, Graph may be degraded.',
  ),
  [ErrorCode.GraphUnreachable]: graph(
    "I can't reach Microsoft Graph",
    () => `${OPERATOR}: check the network path from the bot to Graph (GRAPH_BASE_URL, proxy, DNS, certificates).`,
    'error',
  ),
  [ErrorCode.GraphUnexpected]: graph(
    'Microsoft Graph answered in a way I did not expect',
    () => 'Try again; if it keeps happening, tell whoever runs this bot.',
    'error',
  ),
  [ErrorCode.StorageConflict]: (e) => ({
    title: 'Someone else changed this at the same time',
    message: e.message,
    action: 'Ask again to see the current state.',
    severity: 'warning',
    logLevel: 'warn',
  }),
  [ErrorCode.StorageUnavailable]: (e) => ({
    title: "I can't reach my storage",
    message: e.message,
    action: `${OPERATOR}: check the bot's storage.`,
    severity: 'error',
    logLevel: 'error',
  }),
  [ErrorCode.NotLeader]: (e) => ({
    title: 'Another instance of the bot took over this work',
    message: e.message,
    action: 'Try again in a moment.',
    severity: 'warning',
    logLevel: 'warn',
  }),
  [ErrorCode.ShuttingDown]: (e) => ({
    title: 'The bot is restarting',
    message: e.message,
    action: 'Try again in a minute.',
    severity: 'warning',
    logLevel: 'warn',
  }),
  [ErrorCode.BotMisconfigured]: (e) => ({
    title: 'The bot is not set up correctly',
    message: e.message,
    action: `${OPERATOR}: check the bot's configuration.`,
    severity: 'error',
    logLevel: 'error',
  }),
};

/**
 * Failures whose words name the bot's own set-up (sign-in authority, tenant and client ids, setting names): shown in
 * full to operators only. Anyone else reads the same title and sentence with those parts hidden, and whom to tell;
 * the log keeps everything.
 */
const SET_UP_FAILURES = new Set<ErrorCode>([
  ErrorCode.GraphUnauthorized,
  ErrorCode.GraphForbidden,
  ErrorCode.GraphUnreachable,
  ErrorCode.GraphUnexpected,
  ErrorCode.BotMisconfigured,
]);

const ADDRESS = /\bhttps?:\/\/[^\s)"']+/gi;
const OBJECT_ID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;
const SETTING = /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g;

/** The sentence without the bot's addresses, ids and setting names. */
function withoutSetUp(text: string): string {
  return text.replace(ADDRESS, '(address hidden)').replace(OBJECT_ID, '(id hidden)').replace(SETTING, '(a setting)');
}

export function describeError(error: unknown, audience: Audience = 'operator'): ErrorView {
  if (isCoded(error)) {
    const described = (DESCRIBE[error.code] ?? fallback)(error);
    if (audience !== 'operator' && SET_UP_FAILURES.has(error.code)) {
      return {
        ...described,
        code: error.code,
        title: withoutSetUp(described.title),
        message: withoutSetUp(described.message),
        action: `${OPERATOR}; the reference below helps them find the details in the bot's log.`,
        requestId: error.details.requestId,
      };
    }
    return { code: error.code, ...described, requestId: error.details.requestId };
  }
  return {
    code: 'Unexpected',
    title: 'Sorry, something went wrong on my side',
    message: 'Your request failed unexpectedly.',
    action: 'Try again; if it keeps happening, give the reference below to whoever runs this bot.',
    severity: 'error',
    logLevel: 'error',
  };
}

export function hasSpecificDescription(code: ErrorCode): boolean {
  return DESCRIBE[code] !== undefined;
}

const fallback: Describe = (e) => ({
  title: 'That did not work',
  message: e.message,
  action: '',
  severity: 'error',
  logLevel: 'error',
});

function graphSaid(e: CodedError): string {
  const status = e.details.status
    ? ` (HTTP ${e.details.status}${e.details.graphCode ? `, ${e.details.graphCode}` : ''})`
    : '';
  return `${e.message}${status}`;
}

function requiredPermissions(e: CodedError): string | undefined {
  const p = e.details.requiredPermissions ?? e.details.permission;
  if (typeof p === 'string' && p) return p;
  if (Array.isArray(p) && p.length > 0) return p.filter((x) => typeof x === 'string').join(' or ');
  return undefined;
}

function listed(value: unknown): string | undefined {
  if (!Array.isArray(value)) return undefined;
  const items = value.filter((x): x is string => typeof x === 'string' && x.length > 0);
  if (items.length === 0) return undefined;
  return items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function retryAfter(e: CodedError): string {
  const s = e.details.retryAfterSeconds;
  if (typeof s !== 'number' || !Number.isFinite(s) || s <= 0) return 'a minute';
  const whole = Math.ceil(s);
  return `${whole} second${whole === 1 ? '' : 's'}`;
}
