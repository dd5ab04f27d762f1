import type { ReportPeriod } from '../../../lib/report-period.ts';
import type { RegisterFilters } from '../utils/register-search.ts';

/** Query keys of the tracking register feature, general to specific (its filters' names are reference data: see lib/reference). */
export const registerKeys = {
  all: ['register'] as const,
  lists: () => [...registerKeys.all, 'rows'] as const,
  list: (period: ReportPeriod, filters: RegisterFilters) => [...registerKeys.lists(), period, filters] as const,
};
