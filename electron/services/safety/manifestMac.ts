// The backup manifest (dates, kind, "verified", hashes of the files) is authenticated: manifest.mac
// holds HMAC-SHA256 over the exact bytes of manifest.json, under a key derived from the workspace's
// database key, which only the workspace's credentials unwrap. An edited manifest (an old backup
// shown as newer, or as verified) is refused like a damaged file before anything of it is shown.
// Plain HMAC-SHA256 so that anyone can check it with a standard library (docs/formats.md).
import { createHmac, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../../contract/errors.js';

export const MANIFEST_MAC_NAME = 'manifest.mac';
const KEY_LABEL = 'concerto.backup.manifest-key.v1';

/** A key of its own, so the MAC never uses the database key directly. */
function manifestKey(dbKey: Uint8Array): Buffer {
  return createHmac('sha256', Buffer.from(dbKey)).update(KEY_LABEL, 'utf8').digest();
}

export function manifestMac(dbKey: Uint8Array, manifestBytes: Buffer): string {
  return createHmac('sha256', manifestKey(dbKey)).update(manifestBytes).digest('hex');
}

export function assertManifestMac(dbKey: Uint8Array, manifestBytes: Buffer, mac: string): void {
  const expected = Buffer.from(manifestMac(dbKey, manifestBytes), 'hex');
  const given = /^[0-9a-f]{64}$/.test(mac.trim()) ? Buffer.from(mac.trim(), 'hex') : Buffer.alloc(0);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new AppError('BACKUP_INVALID');
}
