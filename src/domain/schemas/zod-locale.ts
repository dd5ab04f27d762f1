// oxlint-disable-next-line no-restricted-imports -- the one import of Zod itself: everything else imports it from here
import { z } from 'zod';
import { zodIssueCode } from './zod-messages.ts';

// Zod's own messages become message codes (src/domain/messages.ts), so that a check
// without a message of its own is translated like every other; our schemas give specific
// codes on top.
z.config({ localeError: (issue) => zodIssueCode(issue) });

// In a browser, the Content-Security-Policy forbids eval: without `jitless`, Zod probes
// `new Function` once and the browser reports a violation even though Zod catches it.
// The Node server keeps Zod's faster compiled parsers.
if (typeof document !== 'undefined') z.config({ jitless: true });

/**
 * Zod, configured. Every module that defines or runs a schema imports `z` from here (a lint
 * rule says so), so on every host (server, training worker, the page, tests) the settings
 * above apply before the first schema exists, and a page that uses no schema (the login
 * page, the queues) does not download Zod at all.
 */
export { z };
