import { channels, type Channel } from '../../../domain/channels.ts';
import type { ReportPeriod } from '../../../lib/report-period.ts';

/** The register's optional filters (form 07 for one procedure, deciding unit or channel). */
export interface RegisterFilters {
  procedureId?: string;
  departmentId?: string;
  channel?: Channel;
}

export const registerFilterKeys = ['procedureId', 'departmentId', 'channel'] as const satisfies readonly (keyof RegisterFilters)[];

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function uuidOrNothing(value: string | null): string | undefined {
  return value && uuidPattern.test(value) ? value : undefined;
}

/** Reads the filters from the URL; anything malformed is left out rather than sent to fail. */
export function parseRegisterFilters(params: URLSearchParams): RegisterFilters {
  const channel = channels.find((candidate) => candidate === params.get('channel'));
  return {
    procedureId: uuidOrNothing(params.get('procedureId')),
    departmentId: uuidOrNothing(params.get('departmentId')),
    channel,
  };
}

/** The API query of the register and of its Excel export (the same rows in both). */
export function registerQuery(period: ReportPeriod, filters: RegisterFilters): Record<string, string> {
  const query: Record<string, string> = { from: period.from, to: period.to };
  for (const key of registerFilterKeys) {
    const value = filters[key];
    if (value) query[key] = value;
  }
  return query;
}

/** The Excel export: a plain link, so the browser downloads it with the session cookie. */
export function registerXlsxHref(period: ReportPeriod, filters: RegisterFilters): string {
  return `/api/reports/register.xlsx?${new URLSearchParams(registerQuery(period, filters)).toString()}`;
}

/** The name the file is saved under (the API suggests the same). */
export function registerXlsxFileName(period: ReportPeriod): string {
  return `so-theo-doi-ho-so_${period.from}_${period.to}.xlsx`;
}
