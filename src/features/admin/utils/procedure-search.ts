import type { AdminProcedureQuery } from '../../../domain/schemas/admin-catalogue.ts';

/** The catalogue's filters as the URL carries them (?q=&fieldId=&decidingUnitId=&active=). */
export function procedureQueryFromSearch(params: URLSearchParams): AdminProcedureQuery {
  const active = params.get('active');
  return {
    q: params.get('q') || undefined,
    fieldId: params.get('fieldId') || undefined,
    decidingUnitId: params.get('decidingUnitId') || undefined,
    active: active === 'true' || active === 'false' ? active : undefined,
  };
}

export function procedureSearchParams(query: AdminProcedureQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(key, String(value));
  return params;
}
