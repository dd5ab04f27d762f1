import type { pagesVi } from './pages.vi.ts';
import type { adminVi } from './catalogues/admin.vi.ts';
import type { publicVi } from './catalogues/public.vi.ts';
import type { citizensPartVi } from './citizens-part.vi.ts';
import type { screensVi } from './screens.vi.ts';
import type { vi } from './vi.ts';

/**
 * The UI's strings come in parts, each a chunk of its own per language: the core (`vi.ts`:
 * the login page, the frame, statuses, messages); the screens (`screens.vi.ts`: the shell,
 * the lists, the dossier page), loaded with the first page behind the login; and the pages
 * the daily queues do not open (`pages.vi.ts`: intake, overview, register, print views),
 * loaded with the first of them; what is said about a citizen (`citizens-part.vi.ts`: their
 * dossiers, papers, fees, ratings), loaded with the pages and dialogs that show it; the
 * administration's and the citizens' own pages'. To `t()` they are one catalogue: a key not
 * in the core is looked up in the other parts (i18next's `fallbackNS`).
 */
export type CoreCatalogue = typeof vi;
export type ScreenCatalogue = typeof screensVi;
export type PageCatalogue = typeof pagesVi;
/** The administration's pages (`admin.…` apart from the navigation): a part of its own, loaded with them. */
export type AdminCatalogue = { admin: typeof adminVi };

/** The pages citizens use (`public.…`: the lookup, the counter tablet): a part of their own, loaded with them. */
export type PublicCatalogue = { public: typeof publicVi };

/**
 * A person's dossiers, digitisation, fees and ratings (`people.…`, `citizens.…`): loaded with
 * the pages that show them and a queue's step dialogs, so the queues' first paint goes without.
 */
export type CitizensPartCatalogue = typeof citizensPartVi;

/** Every catalogue has exactly the Vietnamese shape, with any strings. */
export type Catalogue = CoreCatalogue & ScreenCatalogue & PageCatalogue & CitizensPartCatalogue & AdminCatalogue & PublicCatalogue;
