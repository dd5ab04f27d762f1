import { Alert } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export interface BulkConflictAlertProps {
  /** Codes of the dossiers someone else changed; empty when the API did not say and none differ now. */
  codes: readonly string[];
}

/** After a bulk 409: nothing was changed, these dossiers moved meanwhile, the queue was reloaded. */
export function BulkConflictAlert({ codes }: BulkConflictAlertProps) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" role="alert" icon={<IconRefresh aria-hidden />} title={t('workflow.dialog.staleTitle')}>
      {codes.length > 0 ? t('workflow.bulk.conflict', { codes: codes.join(', ') }) : t('workflow.bulk.conflictUnknown')}
    </Alert>
  );
}
