import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { citizensPartVi } from '../../src/i18n/citizens-part.vi.ts';
import { pagesVi } from '../../src/i18n/pages.vi.ts';

// The `pages` part of the catalogue (intake, overview, register, print) loads only with
// those pages (src/app/routes.tsx). A key of it used anywhere else (the navigation, a queue,
// the dossier page) shows as the key itself there: this finds the literal ones.

const root = path.resolve(import.meta.dirname, '../../src');
const pageGroups = Object.keys(pagesVi);
/** The features whose routes load the pages part. */
const pageFeatures = pageGroups.map((group) => `features/${group}/`);

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe('the pages part of the catalogue', () => {
  it('is used only by the pages that load it', () => {
    const keyOfPages = new RegExp(`\\bt\\(\\s*['"\`](?:${pageGroups.join('|')})\\.`, 'g');
    const misplaced = sources(root)
      .map((file) => path.relative(root, file).split(path.sep).join('/'))
      .filter((file) => !file.startsWith('i18n/') && !pageFeatures.some((feature) => file.startsWith(feature)))
      .flatMap((file) => (readFileSync(path.join(root, file), 'utf8').match(keyOfPages) ?? []).map((match) => `${file}: ${match}`));
    expect(misplaced).toEqual([]);
  });
});

// The citizens' part (a person's dossiers, digitisation, fees, ratings) loads with the pages
// that show them and with a queue's step dialogs, not with the queues (their first paint
// stays under its budget): the files that may use its keys.
const citizenGroups = Object.keys(citizensPartVi);
const citizenUsers = [
  'features/workflow/components/',
  'features/intake/',
  'features/overview/',
  'features/lookup/',
  'features/counter/',
  'features/dossiers/components/dossier-documents-card.tsx',
  'features/dossiers/components/dossier-parties-card.tsx',
  'features/dossiers/components/dossier-history-item.tsx',
  'features/dossiers/components/person-page.tsx',
  'components/rating-scale.tsx',
  'components/rating-fields.tsx',
  'components/reuse-document-menu.tsx',
];

describe('the citizens part of the catalogue', () => {
  it('is used only by the pages and dialogs that load it', () => {
    const keyOfPart = new RegExp(`\\bt\\(\\s*['"\`](?:${citizenGroups.join('|')})\\.`, 'g');
    const misplaced = sources(root)
      .map((file) => path.relative(root, file).split(path.sep).join('/'))
      .filter((file) => !file.startsWith('i18n/') && !citizenUsers.some((allowed) => file.startsWith(allowed)))
      .flatMap((file) => (readFileSync(path.join(root, file), 'utf8').match(keyOfPart) ?? []).map((match) => `${file}: ${match}`));
    expect(misplaced).toEqual([]);
  });
});
