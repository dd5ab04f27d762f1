// Letters and digits that cannot be mistaken for one another when read aloud or copied by
// hand (no 0/O, 1/l/I): a one-time password is handed over on paper or by phone.
const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A random one-time password (12 characters, about 70 bits), shown once to the administrator. */
export function newOneTimePassword(length = 12): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length * 2));
  let password = '';
  // Rejection sampling keeps every character equally likely.
  for (const byte of bytes) {
    if (byte >= 256 - (256 % alphabet.length)) continue;
    password += alphabet[byte % alphabet.length];
    if (password.length === length) return password;
  }
  return password + newOneTimePassword(length - password.length);
}
