import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ensureCertificates } from '../tls/certificates';
import { thumbprints } from './jwt';

/** The key the token endpoint signs access tokens with; kept in the data folder so tokens outlive a restart. */
export interface SigningKey {
  privateKeyPem: string;
  certificatePem: string;
  publicKey: crypto.KeyObject;
  kid: string;
}

export function loadSigningKey(dataDir: string): SigningKey {
  const keyFile = path.join(dataDir, 'token-signing-key.pem');
  const certFile = path.join(dataDir, 'token-signing-cert.pem');
  if (!fs.existsSync(keyFile) || !fs.existsSync(certFile)) ensureCertificates(dataDir);
  const privateKeyPem = fs.readFileSync(keyFile, 'utf8');
  const certificatePem = fs.readFileSync(certFile, 'utf8');
  const publicKey = crypto.createPublicKey(privateKeyPem);
  const cert = new crypto.X509Certificate(certificatePem);
  if (!cert.publicKey.equals(publicKey)) throw new Error(`${certFile} does not belong to ${keyFile}; delete both`);
  return { privateKeyPem, certificatePem, publicKey, kid: thumbprints(certificatePem).sha1 };
}
