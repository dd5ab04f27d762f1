/**
 * Query keys of one person's data (see `people.ts`), apart so the dossier cache can refresh
 * them without loading the fetchers.
 */
export const peopleKeys = {
  all: ['people'] as const,
  person: (idNumber: string) => [...peopleKeys.all, idNumber] as const,
  documents: (idNumber: string, excludeDossierId: string | null) => [...peopleKeys.all, idNumber, 'documents', excludeDossierId] as const,
};
