import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import forge from 'node-forge';

/** The simulator's own certificate authority and the server certificate it issues for 127.0.0.1 / localhost. */
export interface CertificateFiles {
  caFile: string;
  caKeyFile: string;
  serverCertFile: string;
  serverKeyFile: string;
}

export interface ServerCredentials {
  files: CertificateFiles;
  ca: string;
  cert: string;
  key: string;
}

export function certificateFiles(dataDir: string): CertificateFiles {
  return {
    caFile: path.join(dataDir, 'ca.pem'),
    caKeyFile: path.join(dataDir, 'ca-key.pem'),
    serverCertFile: path.join(dataDir, 'server-cert.pem'),
    serverKeyFile: path.join(dataDir, 'server-key.pem'),
  };
}

/** Makes the CA and server certificate on first use and reuses them afterwards (same CA = same trust). */
export function ensureCertificates(dataDir: string): ServerCredentials {
  fs.mkdirSync(dataDir, { recursive: true });
  return withLock(path.join(dataDir, '.certificates.lock'), () => ensureUnlocked(dataDir));
}

function ensureUnlocked(dataDir: string): ServerCredentials {
  const files = certificateFiles(dataDir);
  if (!fs.existsSync(files.caFile) || !fs.existsSync(files.caKeyFile)) {
    const ca = makeCa();
    writeAtomically(files.caKeyFile, ca.key);
    writeAtomically(files.caFile, ca.cert);
  }
  const caCert = fs.readFileSync(files.caFile, 'utf8');
  const caKey = fs.readFileSync(files.caKeyFile, 'utf8');
  if (
    !fs.existsSync(files.serverCertFile) ||
    !fs.existsSync(files.serverKeyFile) ||
    !issuedBy(files.serverCertFile, caCert)
  ) {
    const server = makeServerCertificate(caCert, caKey);
    writeAtomically(files.serverKeyFile, server.key);
    writeAtomically(files.serverCertFile, server.cert);
  }
  const signingKeyFile = path.join(dataDir, 'token-signing-key.pem');
  const signingCertFile = path.join(dataDir, 'token-signing-cert.pem');
  if (!fs.existsSync(signingKeyFile) || !fs.existsSync(signingCertFile)) {
    const key = newRsaKeyPem();
    writeAtomically(signingKeyFile, key);
    writeAtomically(signingCertFile, selfSignedCertificate(key, 'accounts.simulator.local'));
  }
  const clientFile = path.join(dataDir, 'bot-client-certificate.pem');
  if (!fs.existsSync(clientFile)) {
    const key = newRsaKeyPem();
    writeAtomically(clientFile, key + selfSignedCertificate(key, 'Cross-Tenant Sync Bot'));
  }
  return {
    files,
    ca: caCert,
    cert: fs.readFileSync(files.serverCertFile, 'utf8'),
    key: fs.readFileSync(files.serverKeyFile, 'utf8'),
  };
}

/** An RSA key pair made by node:crypto (fast) and handed to forge as PEM. */
export function newRsaKeyPem(): string {
  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  return privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}

/** A self-signed certificate for a key (used for token signing and client certificates). */
export function selfSignedCertificate(keyPem: string, commonName: string, years = 5): string {
  const key = forge.pki.privateKeyFromPem(keyPem);
  const cert = baseCertificate(forge.pki.setRsaPublicKey(key.n, key.e), years);
  const subject = [{ name: 'commonName', value: commonName }];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([{ name: 'basicConstraints', cA: false }]);
  cert.sign(key, forge.md.sha256.create());
  return forge.pki.certificateToPem(cert);
}

function makeCa(): { key: string; cert: string } {
  const keyPem = newRsaKeyPem();
  const key = forge.pki.privateKeyFromPem(keyPem);
  const cert = baseCertificate(forge.pki.setRsaPublicKey(key.n, key.e), 10);
  const subject = [
    { name: 'commonName', value: 'Cross-Tenant Sync Simulator Local CA' },
    { name: 'organizationName', value: 'Tenant Simulator' },
  ];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(key, forge.md.sha256.create());
  return { key: keyPem, cert: forge.pki.certificateToPem(cert) };
}

function makeServerCertificate(caPem: string, caKeyPem: string): { key: string; cert: string } {
  const caCert = forge.pki.certificateFromPem(caPem);
  const caKey = forge.pki.privateKeyFromPem(caKeyPem);
  const keyPem = newRsaKeyPem();
  const key = forge.pki.privateKeyFromPem(keyPem);
  const cert = baseCertificate(forge.pki.setRsaPublicKey(key.n, key.e), 2);
  cert.setSubject([{ name: 'commonName', value: '127.0.0.1' }]);
  cert.setIssuer(caCert.subject.attributes);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    {
      name: 'subjectAltName',
      altNames: [
        { type: 7, ip: '127.0.0.1' },
        { type: 2, value: 'localhost' },
        { type: 7, ip: '::1' },
      ],
    },
  ]);
  cert.sign(caKey, forge.md.sha256.create());
  return { key: keyPem, cert: forge.pki.certificateToPem(cert) };
}

function baseCertificate(publicKey: forge.pki.PublicKey, years: number): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  cert.serialNumber = '01' + crypto.randomBytes(15).toString('hex');
  cert.validity.notBefore = new Date(Date.now() - 24 * 3600 * 1000);
  cert.validity.notAfter = new Date(Date.now() + years * 365 * 24 * 3600 * 1000);
  return cert;
}

function issuedBy(certFile: string, caPem: string): boolean {
  try {
    const cert = new crypto.X509Certificate(fs.readFileSync(certFile));
    const ca = new crypto.X509Certificate(caPem);
    return (
      cert.checkIssued(ca) && cert.verify(ca.publicKey) && new Date(cert.validTo).getTime() > Date.now() + 86400000
    );
  } catch {
    return false;
  }
}

/** Write-then-rename, so a parallel reader never sees half a file. */
export function writeAtomically(file: string, content: string): void {
  const tmp = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
  fs.writeFileSync(tmp, content, { mode: 0o600 });
  fs.renameSync(tmp, file);
}

/** A directory lock (mkdir is atomic) so two processes starting together make one CA, not two halves. */
function withLock<T>(lockDir: string, work: () => T): T {
  const deadline = Date.now() + 30000;
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      if (Date.now() > deadline || staleLock(lockDir)) {
        fs.rmSync(lockDir, { recursive: true, force: true });
        continue;
      }
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
    }
  }
  try {
    return work();
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true });
  }
}

function staleLock(lockDir: string): boolean {
  try {
    return Date.now() - fs.statSync(lockDir).mtimeMs > 60000;
  } catch {
    return false;
  }
}
