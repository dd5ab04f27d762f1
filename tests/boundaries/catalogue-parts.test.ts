import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
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
