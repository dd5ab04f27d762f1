import { useTranslation } from 'react-i18next';
import { useProcedures } from '../../../lib/reference/procedures.ts';
import { useUnits } from '../../../lib/reference/units.ts';
import type { RegisterFilters } from '../utils/register-search.ts';

/** The filters in force, as lines printed under the register's period (always Vietnamese). */
export function useFilterLines(filters: RegisterFilters): string[] {
  const t = useTranslation(undefined, { lng: 'vi' }).t;
  const procedures = useProcedures();
  const units = useUnits();
  const lines: string[] = [];
  const procedure = procedures.data?.find((candidate) => candidate.id === filters.procedureId);
  if (procedure) lines.push(t('register.sheet.procedure', { name: procedure.name }));
  const unit = units.data?.find((candidate) => candidate.id === filters.departmentId);
  if (unit) lines.push(t('register.sheet.department', { name: unit.name }));
  if (filters.channel) lines.push(t('register.sheet.channel', { name: t(`channel.${filters.channel}`) }));
  return lines;
}
