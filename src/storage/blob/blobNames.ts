/**
 * Keys to Blob names and back. Teams ids hold ':', ';', '@', '/', '=' and any Unicode, and a
 * '/' would make a virtual folder, so every key is URI-encoded. '.' is encoded as well: a name
 * such as ".." or one ending in "." is rewritten or refused by URL handling on the way to the
 * service. The encoding works character by character and UTF-8 is prefix-free, so "key starts
 * with prefix" holds exactly when "name starts with encoded prefix": prefix listing stays exact.
 */
export function blobNameOf(key: string): string {
  return encodeURIComponent(key).replace(/\./g, '%2E');
}

export function keyOfBlobName(name: string): string {
  return decodeURIComponent(name);
}
