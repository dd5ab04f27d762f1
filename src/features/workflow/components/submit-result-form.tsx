import { FileInput, Group, Radio, Select, Textarea, TextInput } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { useRef, useState, type ReactNode } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { DossierDetail } from '../../../domain/schemas/dossier.ts';
import { SubmitResultInput } from '../../../domain/schemas/intake.ts';
import { useDossierCache } from '../../../lib/dossier-cache.ts';
import { useZodForm } from '../../../lib/form.ts';
import { useUsers } from '../../../lib/reference/users.ts';
import { useUploadAttachment } from '../api/upload-attachment.ts';
import { useActionSubmit } from '../hooks/use-action-submit.ts';
import { checkAttachment, uploadErrorMessage } from '../utils/attachment-checks.ts';
import { ActionFormShell } from './action-form-shell.tsx';

export interface SubmitResultFormProps {
  dossier: DossierDetail;
  intro?: ReactNode;
  onDone: (dossier: DossierDetail) => void;
  onCancel: () => void;
}

/**
 * The handler submits the draft result for approval: granted (with its number) or denied,
 * what it says, optionally whom to send it to, and the result file itself.
 */
export function SubmitResultForm({ dossier, intro, onDone, onCancel }: SubmitResultFormProps) {
  const { t } = useTranslation();
  const cache = useDossierCache();
  const approvers = useUsers({ role: 'chairperson' });
  const upload = useUploadAttachment();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  // After a 409 the file is already stored: resubmitting must not store it twice.
  const uploaded = useRef<File | null>(null);
  const form = useZodForm(SubmitResultInput, {
    defaultValues: {
      kind: dossier.result?.kind ?? 'granted',
      number: dossier.result?.number ?? '',
      summary: dossier.result?.summary ?? '',
      approverId: undefined,
    },
  });

  async function uploadResultFile(): Promise<boolean> {
    if (!file || uploaded.current === file) return true;
    const problem = checkAttachment(file);
    if (problem) {
      setFileError(t(`workflow.attachments.${problem}`));
      return false;
    }
    setFileError(undefined);
    try {
      const attachment = await upload.mutateAsync({ dossierId: dossier.id, file, kind: 'result' });
      uploaded.current = file;
      cache.updateDossier(dossier.id, (current) => ({ ...current, attachments: [...current.attachments, attachment] }));
      return true;
    } catch (error) {
      setFileError(uploadErrorMessage(error));
      return false;
    }
  }

  const { submit, pending, conflict } = useActionSubmit(form, { action: 'submit_result', subject: dossier, onDone, prepare: uploadResultFile });
  const { errors } = form.formState;
  const granted = form.watch('kind') === 'granted';

  return (
    <ActionFormShell
      code={dossier.code}
      intro={intro}
      onSubmit={(event) => void submit(event)}
      submitLabel={t('workflow.submit.submit_result')}
      pending={pending}
      conflict={conflict}
      rootError={errors.root?.server?.message}
      onCancel={onCancel}
    >
      <Controller
        control={form.control}
        name="kind"
        render={({ field, fieldState }) => (
          <Radio.Group label={t('workflow.fields.resultKind')} required value={field.value} onChange={field.onChange} error={fieldState.error?.message}>
            <Group gap="lg" mt={6}>
              <Radio value="granted" label={t('resultKind.granted')} data-autofocus />
              <Radio value="denied" label={t('resultKind.denied')} />
            </Group>
          </Radio.Group>
        )}
      />
      <TextInput
        label={t('workflow.fields.resultNumber')}
        description={granted ? t('workflow.fields.resultNumberHint') : undefined}
        required={granted}
        error={errors.number?.message}
        {...form.register('number')}
      />
      <Textarea
        label={granted ? t('workflow.fields.resultSummary') : t('workflow.fields.denialReason')}
        required
        rows={3} resize="vertical"
        error={errors.summary?.message}
        {...form.register('summary')}
      />
      <Controller
        control={form.control}
        name="approverId"
        render={({ field, fieldState }) => (
          <Select
            label={t('workflow.fields.approver')}
            description={t('workflow.fields.approverHint')}
            placeholder={t('workflow.fields.approverDefault')}
            data={(approvers.data ?? []).map((user) => ({ value: user.id, label: user.title ? `${user.fullName} — ${user.title}` : user.fullName }))}
            clearable
            allowDeselect
            value={field.value ?? null}
            onChange={(value) => field.onChange(value ?? undefined)}
            error={fieldState.error?.message}
          />
        )}
      />
      <FileInput
        label={t('workflow.fields.resultFile')}
        description={t('workflow.fields.resultFileHint')}
        placeholder={t('workflow.fields.resultFilePlaceholder')}
        accept="application/pdf,image/jpeg,image/png"
        clearable
        leftSection={<IconPaperclip size={16} aria-hidden />}
        value={file}
        onChange={(next) => {
          setFile(next);
          const problem = next ? checkAttachment(next) : undefined;
          setFileError(problem ? t(`workflow.attachments.${problem}`) : undefined);
        }}
        error={fileError}
      />
    </ActionFormShell>
  );
}
