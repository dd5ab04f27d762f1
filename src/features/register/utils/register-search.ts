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

/** The API query of the register and of its Excel export (the same rows in both); unset filters stay undefined. */
export function registerQuery(period: ReportPeriod, { procedureId, departmentId, channel }: RegisterFilters): RegisterFilters & ReportPeriod {
  return { from: period.from, to: period.to, procedureId: procedureId || undefined, departmentId: departmentId || undefined, channel };
}

/** The Excel export: a plain link, so the browser downloads it with the session cookie. */
export function registerXlsxHref(period: ReportPeriod, filters: RegisterFilters): string {
  const search = new URLSearchParams(Object.entries(registerQuery(period, filters)).flatMap(([key, value]) => (value ? [[key, value]] : [])));
  return `/api/reports/register.xlsx?${search.toString()}`;
}

/** The name the file is saved under (the API suggests the same). */
export function registerXlsxFileName(period: ReportPeriod): string {
  return `so-theo-doi-ho-so_${period.from}_${period.to}.xlsx`;
}
