import { createInstance } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';

export const languages = ['vi', 'en'] as const;
export type Language = (typeof languages)[number];

const storageKey = 'motcua.language';

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(storageKey);
    return isLanguage(value) ? value : 'vi';
  } catch {
    // Storage can be blocked (private mode, policies): Vietnamese is the default anyway.
    return 'vi';
  }
}

/** The parts of each language's catalogue (see `catalogue.ts`), i18next namespaces. */
type Part = 'translation' | 'screens' | 'admin' | 'public';
const parts: readonly string[] = ['translation', 'screens', 'admin', 'public'] satisfies Part[];

/**
 * Each part of each language is its own chunk, loaded when first needed: the login page
 * downloads the core of one language, not both languages whole. English is typed complete
 * against the Vietnamese, so no language falls back to another.
 */
const catalogues: Record<Language, Record<Part, () => Promise<object>>> = {
  vi: {
    translation: async () => (await import('./vi.ts')).vi,
    screens: async () => (await import('./screens.vi.ts')).screensVi,
    admin: async () => ({ admin: (await import('./catalogues/admin.vi.ts')).adminVi }),
    public: async () => ({ public: (await import('./catalogues/public.vi.ts')).publicVi }),
  },
  en: {
    translation: async () => (await import('./en.ts')).en,
    screens: async () => (await import('./screens.en.ts')).screensEn,
    admin: async () => ({ admin: (await import('./catalogues/admin.en.ts')).adminEn }),
    public: async () => ({ public: (await import('./catalogues/public.en.ts')).publicEn }),
  },
};

function isPart(value: string): value is Part {
  return parts.includes(value);
}

function loadPart(language: string, part: string): Promise<object> {
  if (!isLanguage(language) || !isPart(part)) return Promise.reject(new Error(`no catalogue ${language}/${part}`));
  return catalogues[language][part]();
}

/**
 * The one i18next instance. Wait for `i18nReady` before the first render, so that it
 * already has its strings (no flash of keys), and for `loadScreenStrings` before a page
 * behind the login; `changeLanguage` loads every part in use before switching.
 */
export const i18n = createInstance();
i18n.on('languageChanged', syncDocumentLanguage);
export const i18nReady: Promise<unknown> = i18n
  .use(initReactI18next)
  .use(resourcesToBackend(loadPart))
  .init({
    lng: storedLanguage(),
    fallbackLng: false,
    supportedLngs: [...languages],
    load: 'currentOnly',
    ns: ['translation'],
    defaultNS: 'translation',
    // A key that is not in the core is a screen's (`t('workflow.…')`), the administration's or the citizens' pages'.
    fallbackNS: ['screens', 'admin', 'public'],
    // React escapes what it renders; escaping here too would show "&amp;" in names.
    interpolation: { escapeValue: false },
    returnNull: false,
    react: { useSuspense: false },
  });

/** The screens' strings in the current language (and in every language switched to later). */
export function loadScreenStrings(): Promise<void> {
  return i18n.loadNamespaces('screens');
}

/** The administration's strings (its pages, the audit log, the first-run setup), likewise. */
export function loadAdminStrings(): Promise<void> {
  return i18n.loadNamespaces('admin');
}

/** The strings of the pages citizens use (the public lookup, the counter tablet), likewise. */
export function loadPublicStrings(): Promise<void> {
  return i18n.loadNamespaces('public');
}

function syncDocumentLanguage(language: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

export async function changeLanguage(language: Language): Promise<void> {
  await i18n.changeLanguage(language);
  try {
    globalThis.localStorage?.setItem(storageKey, language);
  } catch {
    // Not remembered across reloads; the switch still applies now.
  }
}

export function currentLanguage(): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'vi';
}
