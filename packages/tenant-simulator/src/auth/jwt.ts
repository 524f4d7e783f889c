import crypto from 'node:crypto';

export interface JwtParts {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
  signingInput: string;
  signature: Buffer;
}

const b64 = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url');

/** RS256 over "header.payload", as Entra signs access tokens. */
export function signJwt(
  payload: Record<string, unknown>,
  privateKeyPem: string,
  header: Record<string, unknown> = {},
): string {
  const input = `${b64({ typ: 'JWT', alg: 'RS256', ...header })}.${b64(payload)}`;
  const signature = crypto.sign('RSA-SHA256', Buffer.from(input), privateKeyPem).toString('base64url');
  return `${input}.${signature}`;
}

/** Splits a compact JWT; undefined when it is not one. */
export function decodeJwt(token: string): JwtParts | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  try {
    return {
      header: JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8')),
      payload: JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')),
      signingInput: `${parts[0]}.${parts[1]}`,
      signature: Buffer.from(parts[2], 'base64url'),
    };
  } catch {
    return undefined;
  }
}

/** Checks the signature with RS256 or PS256 (msal-node signs client assertions with either). */
export function verifySignature(jwt: JwtParts, publicKey: crypto.KeyObject | string): boolean {
  const alg = jwt.header.alg;
  const data = Buffer.from(jwt.signingInput);
  try {
    if (alg === 'RS256') return crypto.verify('RSA-SHA256', data, publicKey, jwt.signature);
    if (alg === 'PS256') {
      return crypto.verify(
        'sha256',
        data,
        {
          key: publicKey,
          padding: crypto.constants.RSA_PKCS1_PSS_PADDING,
          saltLength: crypto.constants.RSA_PSS_SALTLEN_AUTO,
        } as crypto.VerifyKeyObjectInput,
        jwt.signature,
      );
    }
  } catch {
    return false;
  }
  return false;
}

/** x5t / x5t#S256: base64url thumbprints of a certificate's DER bytes. */
export function thumbprints(certPem: string): { sha1: string; sha256: string; sha1Hex: string; sha256Hex: string } {
  const der = new crypto.X509Certificate(certPem).raw;
  const sha1 = crypto.createHash('sha1').update(der).digest();
  const sha256 = crypto.createHash('sha256').update(der).digest();
  return {
    sha1: sha1.toString('base64url'),
    sha256: sha256.toString('base64url'),
    sha1Hex: sha1.toString('hex'),
    sha256Hex: sha256.toString('hex'),
  };
}
