import { z } from 'zod';

// Zod's own messages (types, formats) in Vietnamese; our schemas add specific messages on top.
// Imported once by every host (server, training worker, the SPA, tests).
z.config(z.locales.vi());
