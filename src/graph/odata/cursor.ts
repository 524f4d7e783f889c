import { CodedError, ErrorCode } from '../../errors';

/** Cursors come back from cards (untrusted), so they must continue the same listing and nothing else. */
export function checkedCursor(cursor: string, expectedPath: string): string {
  if (!cursor.startsWith(`${expectedPath}?`)) {
    throw new CodedError(ErrorCode.InvalidInput, 'That page link does not belong to this list; start the list again.');
  }
  return cursor;
}
