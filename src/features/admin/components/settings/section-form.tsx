import { Button, Group, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError, StaleAlert } from '../admin-page.tsx';

export interface SectionFormProps {
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  pending: boolean;
  stale: boolean;
  rootError?: string;
  children: ReactNode;
}

/** A settings section: its fields, what went wrong, and its own save button. */
export function SectionForm({ onSubmit, pending, stale, rootError, children }: SectionFormProps) {
  const { t } = useTranslation();
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md" maw={960}>
        {children}
        {stale && <StaleAlert />}
        <FormError message={rootError} />
        <Group justify="flex-end">
          <Button type="submit" loading={pending} loaderProps={{ 'aria-label': t('admin.common.saving') }}>
            {t('admin.common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
