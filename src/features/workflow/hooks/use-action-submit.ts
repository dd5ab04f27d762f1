import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { DossierDetail } from '../../../domain/schemas/dossier.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { useDossierCache } from '../../../lib/dossier-cache.ts';
import { applyApiError } from '../../../lib/form.ts';
import { usePerformAction, type ActionFields, type StaffAction } from '../api/perform-action.ts';
import type { ActionSubject } from '../utils/action-subject.ts';

/**
 * Why the last submit was not applied although the form was fine: someone else changed the
 * dossier first (`stale`), and possibly so much that this action no longer applies
 * (`unavailable`).
 */
export type ActionConflict = 'stale' | 'unavailable' | null;

export interface UseActionSubmitOptions<Output> {
  action: StaffAction;
  subject: ActionSubject;
  onDone: (dossier: DossierDetail) => void;
  /** Runs after validation, before the action (e.g. upload the result file); false stops the submit. */
  prepare?: (values: Output) => Promise<boolean>;
  /** Turns the form's values into the action's body when they differ. */
  toFields?: (values: Output) => ActionFields;
}

/**
 * Sends an action with the version the user saw. On 409 the dossier is fetched again (the
 * page shows the new state), the form keeps everything typed, and the next submit carries
 * the new version; any other error lands on the fields or above the buttons.
 */
export function useActionSubmit<Input extends FieldValues, Output extends FieldValues>(
  form: UseFormReturn<Input, unknown, Output>,
  { action, subject, onDone, prepare, toFields }: UseActionSubmitOptions<Output>,
) {
  const { t } = useTranslation();
  const cache = useDossierCache();
  const perform = usePerformAction();
  const [conflict, setConflict] = useState<ActionConflict>(null);
  const [reloadedVersion, setReloadedVersion] = useState(0);
  const [preparing, setPreparing] = useState(false);
  // Versions only grow: the newest of what the page shows and what a 409 reload brought.
  const version = Math.max(subject.version, reloadedVersion);

  async function reload(): Promise<DossierDetail | null> {
    try {
      const fresh = await cache.reloadDossier(subject.id);
      setReloadedVersion(fresh.version);
      return fresh;
    } catch {
      return null;
    }
  }

  const submit = form.handleSubmit(async (values) => {
    if (prepare) {
      setPreparing(true);
      try {
        if (!(await prepare(values))) return;
      } finally {
        setPreparing(false);
      }
    }
    try {
      const fields = toFields ? toFields(values) : values;
      const updated = await perform.mutateAsync({ dossierId: subject.id, action, version, fields });
      setConflict(null);
      cache.dossierChanged(updated);
      notifications.show({
        color: 'teal',
        title: t('workflow.dialog.doneTitle', { action: t(`action.${action}`) }),
        message: t('workflow.dialog.doneMessage', { code: updated.code }),
      });
      onDone(updated);
    } catch (error) {
      if (isApiError(error) && error.status === 409) {
        const fresh = await reload();
        if (error.code === 'stale_version') {
          setConflict(fresh && !fresh.availableActions.includes(action) ? 'unavailable' : 'stale');
          return;
        }
      }
      setConflict(null);
      applyApiError(form, error);
    }
  });

  return {
    submit,
    pending: preparing || perform.isPending,
    conflict,
    /** The version the next submit will send. */
    version,
  };
}
