import { z } from 'zod';
import { zodIssueCode } from './zod-messages.ts';

// Zod's own messages become message codes (src/domain/messages.ts), so that a check
// without a message of its own is translated like every other; our schemas give specific
// codes on top. Imported once by every host (server, training worker, the SPA, tests).
z.config({ localeError: (issue) => zodIssueCode(issue) });
