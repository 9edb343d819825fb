// RFC 8785 canonical JSON as UTF-8 bytes: what every signature and MAC of ours covers, so any
// implementation (libsodium, Node's crypto, PyNaCl) gets the same bytes from the same value.
import canonicalize from 'canonicalize';

export function canonicalBytes(value: unknown): Buffer {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('value cannot be canonicalised');
  return Buffer.from(text, 'utf8');
}
