import { Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApproveInput, ReasonInput, ReceiveSupplementInput, RefuseInput, ReturnToHandlerInput } from '../../../domain/schemas/intake.ts';
import { useZodForm } from '../../../lib/form.ts';
import { useActionSubmit } from '../hooks/use-action-submit.ts';
import { AcceptOnlineInput, CloseNotAcceptedInput } from '../../../domain/schemas/intake.ts';
import type { ActionSubject } from '../utils/action-subject.ts';
import { ActionFormShell, type ActionStepProps } from './action-form-shell.tsx';

type TextValues = Record<string, string | undefined>;

/** The steps whose only field is a note or a reason. */
const textActions = {
  accept_online: { schema: AcceptOnlineInput, field: 'note', required: false },
  receive_supplement: { schema: ReceiveSupplementInput, field: 'note', required: false },
  approve: { schema: ApproveInput, field: 'note', required: false },
  return_to_handler: { schema: ReturnToHandlerInput, field: 'note', required: true },
  refuse: { schema: RefuseInput, field: 'reason', required: true },
  withdraw: { schema: ReasonInput, field: 'reason', required: true },
  stop: { schema: ReasonInput, field: 'reason', required: true },
  close_not_accepted: { schema: CloseNotAcceptedInput, field: 'reason', required: false },
} as const satisfies Record<string, { schema: z.ZodType<TextValues, TextValues>; field: 'note' | 'reason'; required: boolean }>;

export type TextAction = keyof typeof textActions;

export function isTextAction(action: string): action is TextAction {
  return action in textActions;
}

export interface TextActionFormProps extends ActionStepProps {
  action: TextAction;
  subject: ActionSubject;
}

/** A step with one text field: a note (accept, approve, supplement received, send back) or a reason. */
export function TextActionForm({ action, subject, intro, onDone }: TextActionFormProps) {
  const { t } = useTranslation();
  const { schema, field, required } = textActions[action];
  const form = useZodForm(schema as z.ZodType<TextValues, TextValues>, { defaultValues: { [field]: '' } });
  const { shell } = useActionSubmit(form, { action, subject, onDone, intro });
  const error = form.formState.errors[field]?.message;
  return (
    <ActionFormShell {...shell}>
      <Textarea
        label={t(`workflow.textField.${action}`)}
        required={required}
        rows={3} resize="vertical"
        // The dialog opens for this one field: the modal puts the focus here.
        data-autofocus
        error={typeof error === 'string' ? error : undefined}
        {...form.register(field)}
      />
    </ActionFormShell>
  );
}
