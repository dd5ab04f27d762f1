/**
 * The Content-Security-Policy of each kind of response, in one place:
 * - `app`: the SPA served by the Node server, print views included. Scripts only from our
 *   origin; styles also inline (Mantine writes its CSS variables into a <style> element);
 *   images also data: (the QR codes of the print views) and blob: (scanned attachments),
 *   <object> only blob: (the PDF preview of an attachment).
 * - `training`: the static training build, as a <meta> tag (vite.config.ts): the same plus
 *   'wasm-unsafe-eval' for PGlite's WebAssembly and the MSW service worker. A <meta> policy
 *   cannot carry frame-ancestors (browsers ignore it there), so that one is left out.
 * - `api`: JSON and files, which are never rendered as pages.
 */
export type PolicyKind = 'app' | 'training' | 'api';

const appDirectives: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'object-src': ['blob:'],
  'frame-src': ["'none'"],
  'manifest-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
};

export function contentSecurityPolicy(kind: PolicyKind): string {
  const directives: Record<string, string[]> =
    kind === 'api'
      ? { 'default-src': ["'none'"], 'frame-ancestors': ["'none'"] }
      : kind === 'training'
        ? { ...appDirectives, 'script-src': ["'self'", "'wasm-unsafe-eval'"] }
        : { ...appDirectives, 'frame-ancestors': ["'none'"] };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}
