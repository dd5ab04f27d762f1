import { foldText } from './text.ts';
import type { Message } from './messages.ts';
import { message } from './messages.ts';

/**
 * Digitisation (số hóa, Decision 766): a dossier's papers and its result stored
 * electronically. One home for the rule: the API's dossier page and reuse checks, the list
 * filter, the desk's "Chưa số hóa" queue, the overview's figure and the demo generator all
 * read it from here (the SQL form below is the same rule over the tables).
 */

/** How one checklist item is stored electronically. */
export const documentDigitisations = ['scanned', 'reused', 'none'] as const;
export type DocumentDigitisation = (typeof documentDigitisations)[number];

/**
 * A checklist item is digitised when it has scans of its own (PDF, JPEG or PNG; one file or
 * several pages), or when it reuses the same person's digitised document of an earlier
 * dossier (the citizen is not asked for a paper the administration already holds).
 */
export function documentDigitisation(item: { fileCount: number; reusedFromDocumentId: string | null }): DocumentDigitisation {
  if (item.fileCount > 0) return 'scanned';
  if (item.reusedFromDocumentId) return 'reused';
  return 'none';
}

export interface DigitisationFacts {
  documents: readonly { received: boolean; digitisation: DocumentDigitisation }[];
  /** The result was approved (`decided_at`): from then on it needs its file too. */
  decided: boolean;
  resultFileCount: number;
}

export interface DossierDigitisation {
  digitised: boolean;
  /** Received checklist items, and how many of them have files (own or reused). */
  documentsReceived: number;
  documentsDigitised: number;
  /** null while there is no decided result to digitise. */
  resultDigitised: boolean | null;
}

/**
 * A dossier is digitised when at least one document was received, every received document
 * is digitised, and, once its result is decided, the result has a file (the handler
 * attaches the signed decision when submitting it; the desk may add it later).
 */
export function dossierDigitisation(facts: DigitisationFacts): DossierDigitisation {
  const received = facts.documents.filter((document) => document.received);
  const documentsDigitised = received.filter((document) => document.digitisation !== 'none').length;
  const resultDigitised = facts.decided ? facts.resultFileCount > 0 : null;
  return {
    digitised: received.length > 0 && documentsDigitised === received.length && resultDigitised !== false,
    documentsReceived: received.length,
    documentsDigitised,
    resultDigitised,
  };
}

/**
 * `dossierDigitisation(...).digitised` for a dossier aliased `d`: the list's `digitised`
 * filter, the "Chưa số hóa" queue, the person's page and the overview's count. The rule over
 * the tables is the database function `dossier_is_digitised` (migration 041); triggers keep
 * its value on the dossier whenever the dossier's decision, checklist items or files change,
 * so lists filter on a column and the overview counts it per day. Tests compare the column,
 * the function and `dossierDigitisation` on every demo dossier and after random changes.
 */
export const digitisedSql = 'd.digitised';

/** A digitised document of an earlier dossier, as offered for reuse. */
export interface ReuseCandidate {
  documentId: string;
  dossierId: string;
  /** The applicant's ID number on that dossier. */
  idNumber: string | null;
  name: string;
  fileCount: number;
}

/** The dossier item that would reuse it. */
export interface ReuseTarget {
  dossierId: string | null;
  idNumber: string | null;
  received: boolean;
}

/**
 * Why `source` cannot stand in for the target item, or undefined when it can: only the same
 * person's (same ID number) scanned document of another dossier. A reused item is not
 * offered again: the original scan is (so the files are always one step away).
 */
export function reuseProblem(source: ReuseCandidate | undefined, target: ReuseTarget): Message | undefined {
  if (!target.idNumber) return message('reuse_needs_id_number');
  if (!source) return message('reuse_source_not_found');
  if (source.idNumber !== target.idNumber) return message('reuse_other_person');
  if (source.dossierId === target.dossierId) return message('reuse_same_dossier');
  if (source.fileCount === 0) return message('reuse_source_not_digitised');
  if (!target.received) return message('reuse_not_received');
  return undefined;
}

/**
 * The order reusable documents are offered for one checklist item: the same kind of paper
 * first (same name, accents and case ignored), then the rest; newest first within each.
 * Returns the candidates that match by name (the likely reuse) separately from the others.
 */
export function rankReuseCandidates<Candidate extends { name: string }>(candidates: readonly Candidate[], itemName: string): { sameKind: Candidate[]; others: Candidate[] } {
  const wanted = foldText(itemName);
  const sameKind = candidates.filter((candidate) => foldText(candidate.name) === wanted);
  return { sameKind, others: candidates.filter((candidate) => !sameKind.includes(candidate)) };
}
