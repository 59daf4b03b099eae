import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

// Low scrypt cost: this is a local demo server, and auth results are cached per header anyway.
const COST = { N: 1024, r: 8, p: 1 };

export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(password, salt, 32, COST);
  return `scrypt$${salt.toString('base64')}$${hash.toString('base64')}`;
}

export function verifyPassword(password: string, stored: string): boolean {
  const [scheme, saltB64, hashB64] = stored.split('$');
  if (scheme !== 'scrypt' || !saltB64 || !hashB64) return false;
  const expected = Buffer.from(hashB64, 'base64');
  const actual = scryptSync(password, Buffer.from(saltB64, 'base64'), expected.length, COST);
  return timingSafeEqual(expected, actual);
}

export function newApiToken(): string {
  return randomBytes(16).toString('hex');
}

export function newApiKey(): string {
  return `toggl_sk_${randomBytes(24).toString('hex')}`;
}
