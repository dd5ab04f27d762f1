import * as fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierListResponse } from '../../src/domain/schemas/dossier.ts';
import { foldText } from '../../src/domain/text.ts';
import { SEARCH_TOTAL_CAP } from '../../src/server/services/dossier-queries.ts';
import { createTestApi, type TestApi } from '../setup/test-api.ts';
import { dossierSteps } from '../setup/dossier-steps.ts';

// Names are found through runs of stored words and a dictionary (migration 040), not by
// scanning the text. The rule stays the search box's: the folded text appears in the
// dossier's folded search text. This compares the two on random fragments.
let t: TestApi;
let desk: string;
let texts: string[];

/** Names with the characters that end a word run: an apostrophe (Ê Đê names), a dot, a hyphen. */
const unusualNames = ["H'Hen Niê", 'Nguyễn Văn A.', 'Lò Thị Ka-Ly', 'Y Moan Êban', 'Đinh  Thị   Nở'];

beforeAll(async () => {
  t = await createTestApi();
  desk = await t.login('motcua1');
  const steps = dossierSteps(() => t);
  for (const [i, name] of unusualNames.entries()) {
    await steps.receiveWalkIn('motcua1', { applicant: { name, idNumber: `01019000${String(i).padStart(4, '0')}`, address: 'Thôn Bảo An' } });
  }
  texts = (await t.db.query<{ search_text: string }>('SELECT search_text FROM dossiers ORDER BY code')).map((r) => r.search_text);
});
afterAll(async () => {
  await t.close();
});

async function search(q: string): Promise<DossierListResponse> {
  const response = await t.request(`/api/dossiers?pageSize=100&q=${encodeURIComponent(q)}`, { cookie: desk });
  expect(response.status, await response.clone().text()).toBe(200);
  return response.json();
}

/** The rule itself, over every dossier's search text. */
function expected(q: string): number {
  const folded = foldText(q);
  return texts.filter((text) => text.includes(folded)).length;
}

/** What the list says for a name search the rule matches `count` dossiers of: counted up to the cap, then "more than". */
const listed = (count: number) => ({ total: Math.min(count, SEARCH_TOTAL_CAP), totalCapped: count > SEARCH_TOTAL_CAP });

/** A piece of a stored search text made of letters and spaces only: what a person types for a name. */
const nameFragment = fc
  .tuple(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 30 }))
  .map(([which, from, length]) => {
    const text = texts[which % texts.length]!;
    const start = from % text.length;
    return text.slice(start, start + length);
  })
  .filter((q) => /^[a-z ]*[a-z][a-z ]*$/.test(q));

describe('name search through stored word runs', () => {
  it('finds exactly the dossiers whose search text contains the typed name fragment', async () => {
    await fc.assert(
      fc.asyncProperty(nameFragment, async (q) => {
        expect(await search(q)).toMatchObject(listed(expected(q)));
      }),
      { numRuns: 150 },
    );
  });

  it('agrees with the rule for typed words no name contains, for accents and capitals, and past four words', async () => {
    for (const q of ['xqz', 'nguyen xqz', 'NGUYỄN VĂN', 'nguyễn văn', 'guyen va', 'hen nie', "h'hen", 'van a', 'ka ly', 'ka-ly', 'thi   no', 'dinh thi no']) {
      expect(await search(q), q).toMatchObject(listed(expected(q)));
    }
    const [long] = await t.db.query<{ applicant_name: string; submitter_name: string }>(
      'SELECT applicant_name, submitter_name FROM dossiers WHERE submitter_name IS NOT NULL ORDER BY code LIMIT 1',
    );
    const fiveWords = foldText(`${long!.applicant_name} ${long!.submitter_name}`).split(' ').slice(1, 6).join(' ');
    expect(await search(fiveWords)).toMatchObject(listed(expected(fiveWords)));
    expect(expected(fiveWords)).toBeGreaterThan(0);
  });

  it('lists the same dossiers the rule finds, newest first', async () => {
    const result = await search('tran');
    const codes = await t.db.query<{ code: string }>(
      "SELECT code FROM dossiers WHERE search_text LIKE '%tran%' ORDER BY coalesce(received_at, submitted_at) DESC NULLS LAST, code DESC LIMIT 100",
    );
    expect(result.items.map((d) => d.code)).toEqual(codes.map((r) => r.code));
  });
});
