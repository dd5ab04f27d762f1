import { NumberInput, Textarea } from '@mantine/core';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { DossierDetail } from '../../../domain/schemas/dossier.ts';
import { RequestSupplementInput } from '../../../domain/schemas/intake.ts';
import { useZodForm } from '../../../lib/form.ts';
import { useActionSubmit } from '../hooks/use-action-submit.ts';
import type { ActionSubject } from '../utils/action-subject.ts';
import { ActionFormShell, type ActionStepProps } from './action-form-shell.tsx';
import { MissingItemsField } from './missing-items-field.tsx';

export interface MissingItemsFormProps extends ActionStepProps {
  /** At intake (online dossier, form 02 "hoàn thiện") or during processing (form 02 "bổ sung"). */
  action: 'request_completion' | 'request_supplement';
  subject: ActionSubject;
  /** The dossier when the page has it: its missing checklist items are offered as suggestions. */
  dossier?: DossierDetail;
}

/**
 * Form 02's content: the documents to add or fix, the reason and, during processing, the
 * deadline. Both steps validate with the supplement schema: the completion request has the
 * same items and reason, only no deadline (which this form then never sends).
 */
export function MissingItemsForm({ action, subject, dossier, intro, onDone }: MissingItemsFormProps) {
  const { t } = useTranslation();
  const form = useZodForm(RequestSupplementInput, {
    defaultValues: { items: [{ name: '', note: '' }], reason: '', deadlineWorkingDays: undefined },
  });
  const { shell } = useActionSubmit(form, {
    action,
    subject,
    onDone,
    intro,
    toFields: ({ items, reason, deadlineWorkingDays }) =>
      action === 'request_supplement' ? { items, reason, deadlineWorkingDays } : { items, reason },
  });
  const { errors } = form.formState;
  const suggestions = (dossier?.documents ?? [])
    .filter((document) => !document.received)
    .sort((a, b) => a.position - b.position)
    .map((document) => document.name);

  return (
    <ActionFormShell {...shell}>
      <MissingItemsField control={form.control} register={form.register} errors={errors} suggestions={suggestions} />
      <Textarea
        label={t('workflow.fields.missingReason')}
        description={t('workflow.fields.missingReasonHint')}
        required
        rows={2} resize="vertical"
        error={errors.reason?.message}
        {...form.register('reason')}
      />
      {action === 'request_supplement' && (
        <Controller
          control={form.control}
          name="deadlineWorkingDays"
          render={({ field, fieldState }) => (
            <NumberInput
              label={t('workflow.fields.deadlineWorkingDays')}
              description={t('workflow.fields.deadlineWorkingDaysHint')}
              placeholder="15"
              min={1}
              max={60}
              allowDecimal={false}
              allowNegative={false}
              w={{ base: '100%', sm: 260 }}
              name={field.name}
              ref={field.ref}
              value={field.value ?? ''}
              onBlur={field.onBlur}
              onChange={(value) => field.onChange(typeof value === 'number' ? value : undefined)}
              error={fieldState.error?.message}
            />
          )}
        />
      )}
    </ActionFormShell>
  );
}
