import { Button, EmptyState } from '@mantine/core';
import { IconArrowLeft, IconFileUnknown } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export interface DossierNotFoundProps {
  listPath: string;
}

export function DossierNotFound({ listPath }: DossierNotFoundProps) {
  const { t } = useTranslation();
  return (
    <EmptyState
      py="xl"
      icon={<IconFileUnknown size={40} aria-hidden />}
      withIndicatorBackground
      title={t('dossierDetail.notFoundTitle')}
      description={t('dossierDetail.notFoundBody')}
    >
      <EmptyState.Actions>
        <Button component={Link} to={listPath} leftSection={<IconArrowLeft size={18} aria-hidden />}>
          {t('errors.backToList')}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
