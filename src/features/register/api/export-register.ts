import { useMutation } from '@tanstack/react-query';
import { api, dataOf } from '../../../lib/api-client.ts';
import type { ReportPeriod } from '../../../lib/report-period.ts';
import { registerQuery, type RegisterFilters } from '../utils/register-search.ts';

export interface ExportRegisterInput {
  period: ReportPeriod;
  filters: RegisterFilters;
}

/** GET /api/reports/register.xlsx: the same rows as an Excel workbook. */
export function exportRegister({ period, filters }: ExportRegisterInput) {
  return dataOf(api.GET('/api/reports/register.xlsx', { params: { query: registerQuery(period, filters) }, parseAs: 'blob' }));
}

/**
 * The Excel file fetched by the app rather than followed as a link. Only training mode
 * needs it: there the API runs in the page and a plain link would not be signed in.
 */
export function useExportRegister() {
  return useMutation({ mutationFn: exportRegister });
}
