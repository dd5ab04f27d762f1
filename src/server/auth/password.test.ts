import { describe, expect, it } from 'vitest';
import { scryptAsync } from '@noble/hashes/scrypt.js';
import { hashPassword, scryptImplementation, verifyPassword } from './password.ts';

// The server hashes with Node's scrypt, training mode in the browser with @noble/hashes:
// a password set in either must open the account in the other.
const base64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));

describe('passwords', () => {
  it("hash with Node's own scrypt when running in Node", () => {
    expect(scryptImplementation).toBe('node');
  });

  it("verifies a hash made by the browser's scrypt (@noble/hashes) with the server's", async () => {
    const salt = new Uint8Array(16).map((_, i) => i * 7);
    const key = await scryptAsync('motcua2026', salt, { N: 2 ** 14, r: 8, p: 1, dkLen: 32 });
    const stored = ['scrypt', 16384, 8, 1, base64(salt), base64(key)].join('$');
    expect(await verifyPassword('motcua2026', stored)).toBe(true);
    expect(await verifyPassword('motcua2027', stored)).toBe(false);
  });

  it("makes hashes the browser's scrypt recomputes, with a fresh salt each time", async () => {
    const stored = await hashPassword('mật khẩu dài 2026');
    const [scheme, n, r, p, salt, hash] = stored.split('$');
    expect([scheme, n, r, p]).toEqual(['scrypt', '16384', '8', '1']);
    const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
    const key = await scryptAsync('mật khẩu dài 2026', fromBase64(salt!), { N: 16384, r: 8, p: 1, dkLen: 32 });
    expect(base64(key)).toBe(hash);
    expect(await hashPassword('mật khẩu dài 2026')).not.toBe(stored);
  });

  it('keeps verifying hashes stored with other parameters', async () => {
    const salt = new Uint8Array(16).fill(3);
    const key = await scryptAsync('cũ', salt, { N: 2 ** 15, r: 8, p: 1, dkLen: 32 });
    expect(await verifyPassword('cũ', ['scrypt', 32768, 8, 1, base64(salt), base64(key)].join('$'))).toBe(true);
  });
});
