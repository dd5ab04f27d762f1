import type { pagesVi } from './pages.vi.ts';
import type { adminVi } from './catalogues/admin.vi.ts';
import type { publicVi } from './catalogues/public.vi.ts';
import type { screensVi } from './screens.vi.ts';
import type { vi } from './vi.ts';

/**
 * The UI's strings come in parts, each a chunk of its own per language: the core (`vi.ts`:
 * the login page, the frame, statuses, messages); the screens (`screens.vi.ts`: the shell,
 * the lists, the dossier page), loaded with the first page behind the login; and the pages
 * the daily queues do not open (`pages.vi.ts`: intake, overview, register, print views),
 * loaded with the first of them. To `t()` they are one catalogue: a key not in the core is
 * looked up in the screens, then the pages (i18next's `fallbackNS`).
 */
export type CoreCatalogue = typeof vi;
export type ScreenCatalogue = typeof screensVi;
export type PageCatalogue = typeof pagesVi;
/** The administration's pages (`admin.…` apart from the navigation): a part of its own, loaded with them. */
export type AdminCatalogue = { admin: typeof adminVi };

/** The pages citizens use (`public.…`: the lookup, the counter tablet): a part of their own, loaded with them. */
export type PublicCatalogue = { public: typeof publicVi };

/** Every catalogue has exactly the Vietnamese shape, with any strings. */
export type Catalogue = CoreCatalogue & ScreenCatalogue & PageCatalogue & AdminCatalogue & PublicCatalogue;
