import { Button, EmptyState } from '@mantine/core';
import { IconFolderOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export type EmptyReason = 'no-dossiers' | 'no-match' | 'past-last-page';

export interface DossierListEmptyProps {
  /** Why there is nothing: nothing at all, nothing for the filter, or a page number past the end. */
  reason: EmptyReason;
  /** Clears the filter (`no-match`) or goes to page 1 (`past-last-page`). */
  onAction: () => void;
}

/** The list's empty state, with the one action that helps. */
export function DossierListEmpty({ reason, onAction }: DossierListEmptyProps) {
  const { t } = useTranslation();
  const description = {
    'no-dossiers': t('dossierList.emptyBodyNoFilter'),
    'no-match': t('dossierList.emptyBody'),
    'past-last-page': t('dossierList.emptyPage'),
  }[reason];
  return (
    <EmptyState
      py="xl"
      icon={<IconFolderOff size={40} aria-hidden />}
      withIndicatorBackground
      title={t('dossierList.emptyTitle')}
      description={description}
    >
      {reason !== 'no-dossiers' && (
        <EmptyState.Actions>
          <Button variant="default" onClick={onAction}>
            {reason === 'no-match' ? t('dossierList.clearFilters') : t('dossierList.firstPage')}
          </Button>
        </EmptyState.Actions>
      )}
    </EmptyState>
  );
}
