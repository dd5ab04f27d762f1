import type { Queryable } from '../db/db.ts';
import { dossierCodePattern } from '../../domain/dossier-code.ts';
import { foldText, nameSearchWords, SEARCH_RUN_WORDS } from '../../domain/text.ts';

/** How the search box narrows a list (`dossierConditions` turns it into SQL). */
export type SearchMatch =
  /** A whole dossier code: the unique index. */
  | { kind: 'code'; code: string }
  /** Name words: dossiers holding any of these runs of words (and the whole text, past a run's length). */
  | { kind: 'words'; runs: string[]; text: string | null }
  /** Anything else, anywhere in the folded search text (trigram index). */
  | { kind: 'text'; text: string }
  /** Nothing can match: a typed word that no name contains. */
  | { kind: 'nothing' };

/** Past this many candidate runs a name search goes back to the trigram index. */
const MAX_RUNS = 1_000;

/**
 * What a typed search matches. The rule is the search box's: the folded text appears in the
 * dossier's folded search text. For name words that is, word by word: one word alone may be
 * any part of a stored word; of several, the first is the end of a word, the last the start
 * of one, and those between whole words. The dictionary of stored words turns each typed
 * word into the stored words it can be, and their combinations into the runs to look up
 * ("nguyen va" → "nguyen van", "nguyen vang"…), so the index answers exactly, without reading
 * the rows of every Nguyễn to find the Nguyễn Văn.
 */
export async function resolveSearch(db: Queryable, typed: string | undefined): Promise<SearchMatch | undefined> {
  const q = typed?.trim();
  if (!q) return undefined;
  if (dossierCodePattern.test(q.toUpperCase())) return { kind: 'code', code: q.toUpperCase() };
  const folded = foldText(q);
  const words = nameSearchWords(folded);
  if (!words) return { kind: 'text', text: folded };
  const looked = words.slice(0, SEARCH_RUN_WORDS);
  const last = words.length - 1;
  // LIKE patterns over the dictionary; words are a–z only, so nothing needs escaping.
  const patterns = looked.map((word, i) => {
    if (words.length === 1) return `%${word}%`;
    if (i === 0) return `%${word}`;
    return i === last ? `${word}%` : word;
  });
  const found = await db.query<{ position: number; word: string }>(
    `SELECT p.position::int AS position, d.word
     FROM unnest($1::text[]) WITH ORDINALITY AS p(pattern, position)
     JOIN search_dictionary d ON d.word LIKE p.pattern`,
    [patterns],
  );
  const choices = patterns.map((_, i) => found.filter((f) => f.position === i + 1).map((f) => f.word));
  if (choices.some((c) => c.length === 0)) return { kind: 'nothing' };
  if (choices.reduce((n, c) => n * c.length, 1) > MAX_RUNS) return { kind: 'text', text: folded };
  let runs = [''];
  for (const choice of choices) runs = runs.flatMap((run) => choice.map((word) => (run ? `${run} ${word}` : word)));
  return { kind: 'words', runs, text: words.length > SEARCH_RUN_WORDS ? folded : null };
}
