import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionConflict } from '../hooks/use-action-submit.ts';

export interface ActionFormShellProps {
  /** The dossier's code, repeated at the top so a dialog opened from a list names its dossier. */
  code: string;
  /** A sentence on what the step does (the clock, who gets the dossier next). */
  intro?: ReactNode;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  submitLabel: string;
  /** A step that ends the dossier or turns the applicant away: red submit button. */
  danger?: boolean;
  pending: boolean;
  conflict: ActionConflict;
  /** The form's own error (a message for no single field, a 403, a network failure). */
  rootError?: string;
  /** A rule the form shows forbids the step for now (e.g. fees due before the return). */
  submitDisabled?: boolean;
  onCancel: () => void;
  children: ReactNode;
}

/** The frame of every action form: what and which dossier, the fields, what went wrong, the buttons. */
export function ActionFormShell(props: ActionFormShellProps) {
  const { code, intro, onSubmit, submitLabel, danger = false, pending, conflict, rootError, submitDisabled = false, onCancel, children } = props;
  const { t } = useTranslation();
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('workflow.dialog.dossier')}{' '}
          <Text span size="sm" ff="monospace" fw={600} c="var(--mantine-color-text)">
            {code}
          </Text>
        </Text>
        {intro && <Text size="sm">{intro}</Text>}
        {conflict && (
          <Alert
            color="orange"
            role="alert"
            icon={<IconRefresh aria-hidden />}
            title={t('workflow.dialog.staleTitle')}
          >
            {conflict === 'unavailable' ? t('workflow.dialog.staleUnavailable') : t('workflow.dialog.staleBody')}
          </Alert>
        )}
        {children}
        {rootError && (
          <Alert color="red" role="alert" icon={<IconAlertTriangle aria-hidden />}>
            {rootError}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={pending}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            color={danger ? 'red' : undefined}
            loading={pending}
            disabled={conflict === 'unavailable' || submitDisabled}
            loaderProps={{ 'aria-label': t('workflow.dialog.sending') }}
          >
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
