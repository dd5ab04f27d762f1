import { useMutation } from '@tanstack/react-query';
import { apiFetchBlob } from '../../../lib/api-client.ts';
import type { ReportPeriod } from '../../../lib/report-period.ts';
import { registerQuery, type RegisterFilters } from '../utils/register-search.ts';

export interface ExportRegisterInput {
  period: ReportPeriod;
  filters: RegisterFilters;
}

export function exportRegister({ period, filters }: ExportRegisterInput): Promise<Blob> {
  return apiFetchBlob('/reports/register.xlsx', { query: registerQuery(period, filters) });
}

/**
 * The Excel file fetched by the app rather than followed as a link. Only training mode
 * needs it: there the API runs in the page and a plain link would not be signed in.
 */
export function useExportRegister() {
  return useMutation({ mutationFn: exportRegister });
}
