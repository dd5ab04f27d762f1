import { z } from 'zod';
import { zodIssueCode } from './zod-messages.ts';

// Zod's own messages become message codes (src/domain/messages.ts), so that a check
// without a message of its own is translated like every other; our schemas give specific
// codes on top. Imported once by every host (server, training worker, the SPA, tests).
z.config({ localeError: (issue) => zodIssueCode(issue) });

// In a browser, the Content-Security-Policy forbids eval: without `jitless`, Zod probes
// `new Function` once and the browser reports a violation even though Zod catches it.
// The Node server keeps Zod's faster compiled parsers.
if (typeof document !== 'undefined') z.config({ jitless: true });
