import { AuthError, InteractionRequiredAuthError, ServerError } from '@azure/msal-node';
import { CodedError, ErrorCode } from '../../errors';
import { tokenError } from './tokenErrors';

/**
 * Entra's refusals of an on-behalf-of exchange that name what Entra wants from the person, not from the bot.
 * https://learn.microsoft.com/entra/identity-platform/reference-error-codes
 */
const CHALLENGES: Record<string, { wants: string; code: ErrorCode }> = {
  '50076': { code: ErrorCode.EntraChallenge, wants: 'multi-factor authentication (Conditional Access)' },
  '50079': { code: ErrorCode.EntraChallenge, wants: 'multi-factor authentication registration' },
  '50074': { code: ErrorCode.EntraChallenge, wants: 'strong authentication (multi-factor)' },
  '50158': { code: ErrorCode.EntraChallenge, wants: 'an external security challenge (Conditional Access)' },
  '53003': { code: ErrorCode.EntraChallenge, wants: 'a sign-in that Conditional Access allows (it blocked this one)' },
  '65001': {
    code: ErrorCode.EntraChallenge,
    wants: "admin consent to the bot's delegated Graph permissions (the SSO app registration)",
  },
  '50105': { code: ErrorCode.EntraChallenge, wants: "an assignment to the bot's SSO app" },
  '500133': { code: ErrorCode.SignInRequired, wants: 'a fresh sign-in (the Teams sign-in token has expired)' },
  '50013': { code: ErrorCode.SignInRequired, wants: 'a fresh sign-in (the Teams sign-in token was not accepted)' },
};

const INTERACTION_CODES = new Set(['interaction_required', 'consent_required', 'login_required']);

/**
 * An on-behalf-of failure as a coded error: what Entra wants from the person (MFA, consent, a fresh sign-in) when it
 * says so, else the bot's own sign-in failure (tokenErrors.ts). The claims challenge, when Entra sends one, is kept
 * in the details for a sign-in that can answer it; the token itself never is.
 */
export function delegatedTokenError(error: unknown, context: { authority: string; clientId: string }): CodedError {
  if (error instanceof CodedError) return error;
  if (error instanceof AuthError) {
    const number = aadsts(error);
    const known = number ? CHALLENGES[number] : undefined;
    const interaction = error instanceof InteractionRequiredAuthError || INTERACTION_CODES.has(error.errorCode);
    if (known || interaction) {
      const wants = known?.wants ?? 'you to sign in again interactively';
      return new CodedError(
        known?.code ?? ErrorCode.EntraChallenge,
        `Microsoft Entra did not issue your token for this change: it wants ${wants}.`,
        {
          graphCode: error.errorCode,
          aadsts: number,
          entraWants: wants,
          claims: error instanceof InteractionRequiredAuthError && error.claims ? error.claims : undefined,
          status: error instanceof ServerError ? error.status : undefined,
        },
        { cause: error },
      );
    }
  }
  return tokenError(error, context);
}

function aadsts(error: AuthError): string | undefined {
  const fromNumber =
    error instanceof ServerError && error.errorNo !== undefined && error.errorNo !== ''
      ? String(error.errorNo)
      : undefined;
  return fromNumber ?? /AADSTS(\d+)/.exec(error.errorMessage ?? '')?.[1];
}
