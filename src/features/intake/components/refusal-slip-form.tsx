import { Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DialogForm } from '../../../components/dialog-form.tsx';
import { RefuseInput } from '../../../domain/schemas/intake.ts';
import { useZodForm } from '../../../lib/form.ts';
import { useSlipSubmit } from '../hooks/use-slip-submit.ts';
import type { SlipBase } from '../utils/slip-request.ts';

export interface RefusalSlipFormProps {
  base: SlipBase;
  /** The slip exists: open it for printing. */
  onCreated: (slipId: string) => void;
}

/** The refusal's form (dialog body): the reason; on success, the printed slip. */
export function RefusalSlipForm({ base, onCreated }: RefusalSlipFormProps) {
  const { t } = useTranslation();
  const form = useZodForm(RefuseInput, { defaultValues: { reason: '' } });
  const slip = useSlipSubmit(form, base, ({ reason }) => ({ kind: 'refusal', reason }), onCreated);
  return (
    <DialogForm {...slip} danger submitLabel={t('intake.refusal.submit')} pendingLabel={t('intake.refusal.submitting')}>
      <Text size="sm">{t('intake.refusal.intro')}</Text>
      <Textarea
        label={t('intake.refusal.reason')}
        required
        rows={3}
        // The dialog exists to take this one answer.
        data-autofocus
        error={form.formState.errors.reason?.message}
        {...form.register('reason')}
      />
    </DialogForm>
  );
}
