import { Button, CloseButton, Group, Pill } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { channels } from '../../../domain/channels.ts';
import { queueKeys } from '../../../domain/queues.ts';
import { ratingFilters } from '../../../domain/satisfaction.ts';
import { DossierListQuery } from '../../../domain/schemas/dossier-query.ts';
import { useFields } from '../../../lib/reference/fields.ts';
import { useProcedures } from '../../../lib/reference/procedures.ts';
import { useUnits } from '../../../lib/reference/units.ts';
import { useUsers } from '../../../lib/reference/users.ts';
import { activeFilterKeys, type DossierListFilters, type ListFilterKey } from '../utils/dossier-list-search.ts';

export interface DossierFilterChipsProps {
  filters: DossierListFilters;
  /** Removes one filter. */
  onRemove: (key: ListFilterKey) => void;
  /** Removes every filter (statuses included). */
  onClear: () => void;
}

/** `YYYY-MM-DD` as the desk writes dates. */
function localDateText(value: string): string {
  const [year, month, day] = value.split('-');
  return `${day}/${month}/${year}`;
}

/** The filters in force as removable chips, so a link from the overview says what it shows. */
export function DossierFilterChips({ filters, onRemove, onClear }: DossierFilterChipsProps) {
  const { t } = useTranslation();
  const keys = activeFilterKeys(filters);
  // Names of the chosen ids, loaded only when a chip needs them (a link from the overview).
  const procedures = useProcedures({ enabled: filters.procedureId !== undefined }).data;
  const fields = useFields({ enabled: filters.fieldId !== undefined }).data;
  const units = useUnits({ enabled: filters.departmentId !== undefined }).data;
  const users = useUsers({}, { enabled: filters.handlerId !== undefined || filters.returnedById !== undefined }).data;
  if (keys.length === 0 && filters.status.length === 0) return null;

  function valueText(key: ListFilterKey, value: string): string {
    switch (key) {
      case 'queue': {
        const queue = queueKeys.find((item) => item === value);
        return queue ? t(`search.queue.${queue}`) : value;
      }
      case 'channel': {
        const channel = channels.find((item) => item === value);
        return channel ? t(`channel.${channel}`) : value;
      }
      case 'due':
        return value === 'late' || value === 'due_soon' ? t(`search.filters.due.${value}`) : value;
      case 'received':
      case 'decidedLate':
      case 'digitised':
        return value === 'true' || value === 'false' ? t(`search.filters.${key}.${value}`) : value;
      case 'procedureId':
        return procedures?.find((procedure) => procedure.id === value)?.name ?? '…';
      case 'fieldId':
        return fields?.find((field) => field.id === value)?.name ?? '…';
      case 'departmentId':
        return units?.find((unit) => unit.id === value)?.name ?? '…';
      case 'handlerId':
      case 'returnedById':
        return users?.find((user) => user.id === value)?.fullName ?? '…';
      case 'fee': {
        const fee = DossierListQuery.shape.fee.unwrap().options.find((item) => item === value);
        return fee ? t(`search.filters.fee.${fee}`) : value;
      }
      case 'rating': {
        const rating = ratingFilters.find((item) => item === value);
        return rating ? t(`search.filters.rating.${rating}`) : value;
      }
      case 'receivedFrom':
      case 'receivedTo':
      case 'appointmentFrom':
      case 'appointmentTo':
      case 'decidedFrom':
      case 'decidedTo':
      case 'feePaidFrom':
      case 'feePaidTo':
        return localDateText(value);
      default:
        return value;
    }
  }

  return (
    <Group component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('search.filters.active')}>
      {keys.map((key) => {
        const label = t(`search.filters.chip.${key}`, { value: valueText(key, filters[key] ?? '') });
        return (
          <li key={key}>
            <Pill size="md">
              <Group gap={4} wrap="nowrap">
                {label}
                <CloseButton size="xs" aria-label={t('search.filters.remove', { label })} onClick={() => onRemove(key)} />
              </Group>
            </Pill>
          </li>
        );
      })}
      <li>
        <Button variant="subtle" size="compact-sm" onClick={onClear}>
          {t('search.filters.clear')}
        </Button>
      </li>
    </Group>
  );
}
