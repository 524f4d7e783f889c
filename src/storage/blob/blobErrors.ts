import { CodedError } from '../../errors';
import { storageUnavailable } from '../storageErrors';

export interface RestFailure {
  statusCode?: number;
  code?: string;
}

export function restFailure(error: unknown): RestFailure {
  const e = error as { statusCode?: unknown; code?: unknown; details?: { errorCode?: unknown } };
  return {
    statusCode: typeof e?.statusCode === 'number' ? e.statusCode : undefined,
    code:
      typeof e?.details?.errorCode === 'string'
        ? e.details.errorCode
        : typeof e?.code === 'string'
          ? e.code
          : undefined,
  };
}

const CREDENTIAL_ERRORS = new Set([
  'CredentialUnavailableError',
  'AuthenticationRequiredError',
  'AuthenticationError',
  'AggregateAuthenticationError',
]);

/** Says what went wrong with the service and what to check; conflicts are handled by the caller first. */
export function blobUnavailable(error: unknown, endpoint: string, action: string): CodedError {
  if (error instanceof CodedError) return error;
  const { statusCode, code } = restFailure(error);
  const name = (error as { name?: string })?.name ?? '';
  const details = { endpoint, status: statusCode, serviceCode: code };
  if (CREDENTIAL_ERRORS.has(name)) {
    return storageUnavailable(
      `Azure Blob Storage at ${endpoint}: no token for the managed identity while trying to ${action} ` +
        `(${(error as Error).message}). Check the identity assigned to the App Service, or set ` +
        `AZURE_STORAGE_CONNECTION_STRING.`,
      error,
      details,
    );
  }
  if (statusCode === undefined) {
    return storageUnavailable(
      `Azure Blob Storage at ${endpoint} is unreachable (${code ?? name}) while trying to ${action}.`,
      error,
      details,
    );
  }
  if (statusCode === 401 || statusCode === 403) {
    return storageUnavailable(
      `Azure Blob Storage at ${endpoint} refused access (${statusCode} ${code ?? ''}) while trying to ${action}. ` +
        `Give the bot's identity the "Storage Blob Data Contributor" role on the account, or check the connection ` +
        `string.`,
      error,
      details,
    );
  }
  return storageUnavailable(
    `Azure Blob Storage at ${endpoint} failed (${statusCode} ${code ?? ''}) while trying to ${action}.`,
    error,
    details,
  );
}
