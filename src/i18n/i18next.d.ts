import type { Catalogue } from './catalogue.ts';

// Keys passed to t() are checked against the Vietnamese catalogue.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalogue };
    returnNull: false;
  }
}
