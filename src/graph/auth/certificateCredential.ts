import { createPrivateKey, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { CodedError, ErrorCode } from '../../errors';

/** What msal-node needs to sign a client assertion with a certificate. */
export interface CertificateCredential {
  thumbprintSha256: string;
  privateKey: string;
  /** The certificate chain in PEM, sent as x5c (subject name + issuer authentication). */
  x5c: string;
}

const CERTIFICATE_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;
const KEY_BLOCK =
  /-----BEGIN (?:RSA |EC |ENCRYPTED )?PRIVATE KEY-----[\s\S]+?-----END (?:RSA |EC |ENCRYPTED )?PRIVATE KEY-----/;

/** Reads GRAPH_CLIENT_CERT_PATH: one PEM file with the private key and the certificate. */
export function readCertificateCredential(
  path: string,
  read: (path: string) => string = (p) => readFileSync(p, 'utf8'),
): CertificateCredential {
  let pem: string;
  try {
    pem = read(path);
  } catch (error) {
    throw new CodedError(
      ErrorCode.BotMisconfigured,
      `GRAPH_CLIENT_CERT_PATH: cannot read ${path}. Point it at a PEM file holding the private key and the ` +
        `certificate.`,
      {},
      { cause: error },
    );
  }
  const key = pem.match(KEY_BLOCK)?.[0];
  const certificates: string[] = [...(pem.match(CERTIFICATE_BLOCK) ?? [])];
  if (!key || certificates.length === 0) {
    throw new CodedError(
      ErrorCode.BotMisconfigured,
      `GRAPH_CLIENT_CERT_PATH: ${path} must hold both an unencrypted private key and its certificate in PEM (found ` +
        `${key ? 'a key' : 'no key'} and ${certificates.length} certificate(s)).`,
    );
  }
  try {
    // msal signs with PKCS#8; converting here also proves the key parses before the first token request.
    const privateKey = createPrivateKey(key).export({ format: 'pem', type: 'pkcs8' }).toString();
    const thumbprintSha256 = new X509Certificate(certificates[0]).fingerprint256.replace(/:/g, '').toLowerCase();
    return { thumbprintSha256, privateKey, x5c: certificates.join('\n') };
  } catch (error) {
    throw new CodedError(
      ErrorCode.BotMisconfigured,
      `GRAPH_CLIENT_CERT_PATH: ${path} holds a key or certificate that cannot be read (${(error as Error).message}).`,
      {},
      { cause: error },
    );
  }
}
