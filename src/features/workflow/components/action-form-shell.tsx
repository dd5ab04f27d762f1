import { Alert, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogForm } from '../../../components/dialog-form.tsx';
import type { DossierDetail } from '../../../domain/schemas/dossier.ts';
import type { ActionConflict } from '../hooks/use-action-submit.ts';

/** What every step's form gets from the dialog around it. */
export interface ActionStepProps {
  /** A sentence on what the step does (the clock, who gets the dossier next). */
  intro?: ReactNode;
  /** The step went through: the dossier as the API returned it. */
  onDone: (dossier: DossierDetail) => void;
}

export interface ActionFormShellProps {
  /** The dossier's code, repeated at the top so a dialog opened from a list names its dossier. */
  code: string;
  intro?: ReactNode;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  submitLabel: string;
  /** A step that ends the dossier or turns the applicant away: red submit button. */
  danger: boolean;
  pending: boolean;
  conflict: ActionConflict;
  /** The form's own error (a message for no single field, a 403, a network failure). */
  rootError?: string;
  /** Something is typed: closing asks first. */
  dirty: boolean;
  /** A rule the form shows forbids the step for now (e.g. fees due before the return). */
  submitDisabled?: boolean;
  children: ReactNode;
}

/** The frame of every step's form (see `useActionSubmit`, which gives most of its props): which dossier, the stale warning, the fields. */
export function ActionFormShell({ code, intro, conflict, rootError, submitDisabled = false, children, ...form }: ActionFormShellProps) {
  const { t } = useTranslation();
  return (
    <DialogForm {...form} error={rootError} submitDisabled={conflict === 'unavailable' || submitDisabled} pendingLabel={t('workflow.dialog.sending')}>
      <Text size="sm" c="dimmed">
        {t('workflow.dialog.dossier')}{' '}
        <Text span size="sm" ff="monospace" fw={600} c="var(--mantine-color-text)">
          {code}
        </Text>
      </Text>
      {intro && <Text size="sm" component="div">{intro}</Text>}
      {conflict && (
        <Alert color="orange" role="alert" icon={<IconRefresh aria-hidden />} title={t('workflow.dialog.staleTitle')}>
          {conflict === 'unavailable' ? t('workflow.dialog.staleUnavailable') : t('workflow.dialog.staleBody')}
        </Alert>
      )}
      {children}
    </DialogForm>
  );
}
