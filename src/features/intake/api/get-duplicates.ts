import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../../lib/api-client.ts';
import { intakeKeys } from './intake-keys.ts';

/** Who is being received, for which procedure: an ID number, or a name with a date of birth. */
export interface DuplicateCheck {
  procedureId: string;
  idNumber?: string;
  name?: string;
  dateOfBirth?: string;
}

/** GET /api/intake/duplicates: open dossiers of the same applicant and procedure. */
export function getDuplicates(check: DuplicateCheck, signal?: AbortSignal) {
  return dataOf(api.GET('/api/intake/duplicates', { params: { query: check }, signal }));
}

export function duplicatesQueryOptions(check: DuplicateCheck) {
  return queryOptions({
    queryKey: intakeKeys.duplicates(check),
    queryFn: ({ signal }) => getDuplicates(check, signal),
    staleTime: 15_000,
    // While the next answer comes, keep showing the last one rather than nothing.
    placeholderData: keepPreviousData,
  });
}

/** The warning beside the intake form: asks only once the applicant can be told apart (`check` is null until then). */
export function useDuplicates(check: DuplicateCheck | null) {
  const query = useQuery({ ...duplicatesQueryOptions(check ?? { procedureId: '' }), enabled: check !== null });
  // A stale answer for a person no longer on the form is not shown.
  return { ...query, data: check === null ? undefined : query.data };
}
