import { isOpen, dossierStatuses, type DossierStatus } from './dossier-status.ts';
import { foldText } from './text.ts';

/**
 * A duplicate at intake: the applicant already has an open dossier of the same procedure.
 * The same person is the same ID number; without one (on either side) the same name
 * (accents and case ignored) and date of birth. The desk is warned before saving and may go
 * on; the choice is recorded in the new dossier's history.
 */

/** Statuses in which an earlier dossier still counts: anything not finished. */
export const duplicateStatuses: readonly DossierStatus[] = dossierStatuses.filter(isOpen);

export interface DuplicatePerson {
  name: string;
  idNumber?: string | null;
  /** yyyy-mm-dd */
  dateOfBirth?: string | null;
}

export type DuplicateMatch = 'id_number' | 'name_and_birth_date';

/** Can the check run at all: an ID number, or a name with a date of birth. */
export function canCheckDuplicates(applicant: DuplicatePerson): boolean {
  return Boolean(applicant.idNumber) || Boolean(foldText(applicant.name) && applicant.dateOfBirth);
}

/** How `earlier` is the same person as `applicant`, or null when it is not. */
export function duplicateMatch(applicant: DuplicatePerson, earlier: DuplicatePerson): DuplicateMatch | null {
  if (applicant.idNumber && earlier.idNumber) return applicant.idNumber === earlier.idNumber ? 'id_number' : null;
  const sameName = foldText(applicant.name) !== '' && foldText(applicant.name) === foldText(earlier.name);
  if (sameName && applicant.dateOfBirth && applicant.dateOfBirth === earlier.dateOfBirth) return 'name_and_birth_date';
  return null;
}
