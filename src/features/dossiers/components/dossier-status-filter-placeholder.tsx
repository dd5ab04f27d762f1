import { ComboboxChevron, Pill, PillsInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DossierStatus } from '../../../domain/dossier-status.ts';
import type { ControlPlaceholderProps } from '../../../lib/lazy-control.tsx';

export interface DossierStatusFilterProps {
  value: readonly DossierStatus[];
  onChange: (status: DossierStatus[]) => void;
}

export const statusFilterWidth = { base: '100%', sm: 340 };

/**
 * The closed status filter, drawn while its picker's code arrives (dossier-status-filter.tsx):
 * the chosen statuses as pills, or "all statuses". Clicked or typed into, the picker opens
 * as soon as it is there.
 */
export function DossierStatusFilterPlaceholder({ value, onUse }: DossierStatusFilterProps & ControlPlaceholderProps) {
  const { t } = useTranslation();
  return (
    <PillsInput w={statusFilterWidth} rightSection={<ComboboxChevron />} rightSectionPointerEvents="none" onClick={onUse}>
      <Pill.Group>
        {value.map((status) => (
          <Pill key={status}>{t(`status.${status}`)}</Pill>
        ))}
        {/* What the picker's field is once it arrives: a closed combobox (its list does not
            exist yet, so nothing to control). */}
        <PillsInput.Field
          // oxlint-disable-next-line jsx-a11y/role-has-required-aria-props, jsx-a11y/prefer-tag-over-role -- an <input>, as a combobox's field is
          role="combobox"
          aria-haspopup="listbox"
          aria-expanded={false}
          aria-label={t('dossierList.statusFilter')}
          placeholder={value.length ? undefined : t('dossierList.statusFilterPlaceholder')}
          readOnly
          onKeyDown={(event) => {
            // Moving through the page is not using it.
            if (event.key !== 'Tab' && event.key !== 'Shift' && event.key !== 'Escape') onUse();
          }}
        />
      </Pill.Group>
    </PillsInput>
  );
}
