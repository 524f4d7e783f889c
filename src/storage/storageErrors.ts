import { CodedError, ErrorCode } from '../errors';

/**
 * The one conflict error of every back end. The message keeps botbuilder's wording
 * ('Storage: error writing "<key>" due to eTag conflict.') because code written for
 * MemoryStorage and BlobsStorage recognizes a conflict by that text.
 */
export function storageConflict(key: string, cause?: unknown, details: Record<string, unknown> = {}): CodedError {
  return new CodedError(
    ErrorCode.StorageConflict,
    `Storage: error writing "${key}" due to eTag conflict.`,
    { ...details, key },
    { cause },
  );
}

export function storageUnavailable(
  message: string,
  cause?: unknown,
  details: Record<string, unknown> = {},
): CodedError {
  return new CodedError(ErrorCode.StorageUnavailable, message, details, { cause });
}

export function invalidStorageKey(key: string, reason: string): CodedError {
  return new CodedError(
    ErrorCode.InvalidInput,
    `Storage key ${JSON.stringify(key.slice(0, 80))} is not valid: ${reason}`,
    { key },
  );
}
