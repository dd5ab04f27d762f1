import { z } from 'zod';

// Zod's own messages (types, formats) in Vietnamese; our schemas add specific messages on top.
// Imported once by every host (server, training worker, the SPA, tests).
z.config(z.locales.vi());

// In a browser, the Content-Security-Policy forbids eval: without `jitless`, Zod probes
// `new Function` once and the browser reports a violation even though Zod catches it.
// The Node server keeps Zod's faster compiled parsers.
if (typeof document !== 'undefined') z.config({ jitless: true });
