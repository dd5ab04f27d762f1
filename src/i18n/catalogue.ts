import type { adminVi } from './catalogues/admin.vi.ts';
import type { publicVi } from './catalogues/public.vi.ts';
import type { screensVi } from './screens.vi.ts';
import type { vi } from './vi.ts';

/**
 * The UI's strings come in two parts, each a chunk of its own per language: the core
 * (`vi.ts`: the login page, the frame, statuses, messages) and the screens
 * (`screens.vi.ts`), loaded with the first page behind the login. To `t()` they are one
 * catalogue: a key not in the core is looked up in the screens (i18next's `fallbackNS`).
 */
export type CoreCatalogue = typeof vi;
export type ScreenCatalogue = typeof screensVi;
/** The administration's pages (`admin.…` apart from the navigation): a third part, loaded with them. */
export type AdminCatalogue = { admin: typeof adminVi };

/** The pages citizens use (`public.…`: the lookup, the counter tablet): a fourth part, loaded with them. */
export type PublicCatalogue = { public: typeof publicVi };

/** Every catalogue has exactly the Vietnamese shape, with any strings. */
export type Catalogue = CoreCatalogue & ScreenCatalogue & AdminCatalogue & PublicCatalogue;
