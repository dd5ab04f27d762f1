import { scryptAsync } from '@noble/hashes/scrypt.js';
import { nodeBuiltin } from '../node-builtin.ts';

// scrypt (N=2^14, r=8, p=1): scrypt's author's figure for interactive sign-ins, an eighth of
// the work OWASP now advises (N=2^17). Training mode hashes in the browser's JavaScript, and
// two cores sign 200 officers in at 8:00 in about 6 s at this cost (README, "The password
// hash keeps its cost"); each hash stores its parameters, so a later increase can coexist.
const params = { N: 2 ** 14, r: 8, p: 1, dkLen: 32 };

interface ScryptParams {
  N: number;
  r: number;
  p: number;
  dkLen: number;
}

type NodeScrypt = (
  password: string,
  salt: Uint8Array,
  keyLength: number,
  options: { N: number; r: number; p: number; maxmem: number },
  callback: (error: Error | null, key: Uint8Array) => void,
) => void;

/**
 * Node's own scrypt (OpenSSL) when the API runs in Node: several times faster than pure
 * JavaScript, and it runs on libuv's thread pool, so a burst of sign-ins does not stop the
 * event loop from answering everyone else. In the browser, training mode uses @noble/hashes.
 * Both compute the same RFC 7914 scrypt, so a hash made by either verifies with the other.
 */
const nodeScrypt = nodeBuiltin<{ scrypt: NodeScrypt }>('node:crypto')?.scrypt;

/** Which scrypt hashes here: Node's on the server, @noble/hashes in the browser. */
export const scryptImplementation: 'node' | 'noble' = nodeScrypt ? 'node' : 'noble';

let hashingConcurrency = Infinity;
let hashing = 0;
const waiting: (() => void)[] = [];

/**
 * How many hashes this process computes at once; the others wait their turn. The Node
 * server sets it from its cores and processes (a hash is pure CPU: more at once only
 * slows every request down).
 */
export function setPasswordHashingConcurrency(limit: number): void {
  hashingConcurrency = Math.max(1, limit);
}

async function scrypt(password: string, salt: Uint8Array, options: ScryptParams): Promise<Uint8Array> {
  // A finishing hash hands its slot straight to the next in line.
  if (hashing < hashingConcurrency) hashing++;
  else await new Promise<void>((resolve) => waiting.push(resolve));
  try {
    return await computeScrypt(password, salt, options);
  } finally {
    const next = waiting.shift();
    if (next) next();
    else hashing--;
  }
}

function computeScrypt(password: string, salt: Uint8Array, options: ScryptParams): Promise<Uint8Array> {
  if (!nodeScrypt) return scryptAsync(password, salt, options);
  // scrypt needs 128·N·r bytes; the default cap (32 MB) would refuse stored hashes with larger parameters.
  const maxmem = 256 * options.N * options.r * options.p + 1024 * 1024;
  return new Promise((resolve, reject) => {
    nodeScrypt(password, salt, options.dkLen, { N: options.N, r: options.r, p: options.p, maxmem }, (error, key) =>
      error ? reject(error) : resolve(new Uint8Array(key.buffer, key.byteOffset, key.byteLength)),
    );
  });
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

/** Returns `scrypt$N$r$p$salt$hash` with a fresh 16-byte salt. */
export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const hash = await scrypt(password, salt, params);
  return ['scrypt', params.N, params.r, params.p, toBase64(salt), toBase64(hash)].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = fromBase64(hash);
  const actual = await scrypt(password, fromBase64(salt), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    dkLen: expected.length,
  });
  // Constant-time comparison.
  let difference = actual.length ^ expected.length;
  for (let i = 0; i < expected.length; i++) difference |= (actual[i] ?? 0) ^ (expected[i] ?? 0);
  return difference === 0;
}

/** SHA-256 hex of a session token: the database stores only this. */
export async function hashToken(token: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function newSessionToken(): string {
  return toBase64(crypto.getRandomValues(new Uint8Array(32))).replace(/[+/=]/g, (c) => ({ '+': '-', '/': '_', '=': '' })[c] ?? '');
}
