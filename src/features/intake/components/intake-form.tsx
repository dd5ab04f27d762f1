import { Grid, Stack, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Controller, useFieldArray, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Procedure } from '../../../domain/schemas/catalogue.ts';
import { ReceiveDossierRequest } from '../../../domain/schemas/intake.ts';
import { UnsavedChangesDialog, useUnsavedChangesGuard } from '../../../components/unsaved-changes-guard.tsx';
import { applyApiError, useZodForm } from '../../../lib/form.ts';
import { printPaths } from '../../../lib/paths.ts';
import { useReceiveDossier } from '../api/receive-dossier.ts';
import { checklistValues, emptyIntakeValues, missingRequiredDocuments } from '../utils/intake-form-values.ts';
import type { SlipBase } from '../utils/slip-request.ts';
import { ApplicantFields } from './applicant-fields.tsx';
import { ChecklistTable } from './checklist-table.tsx';
import { GuidanceDialog } from './guidance-dialog.tsx';
import { IntakeActionBar } from './intake-action-bar.tsx';
import { IntakeSection as Section } from './intake-section.tsx';
import { IntakeSidePanel } from './intake-side-panel.tsx';
import { ProcedurePicker } from './procedure-picker.tsx';
import { ReceiptFields } from './receipt-fields.tsx';
import { RefusalDialog } from './refusal-dialog.tsx';
import { SubmitterFields } from './submitter-fields.tsx';

export interface IntakeFormProps {
  procedures: readonly Procedure[];
  /** Changes each time the officer asks for the form again (F2): focus returns to the picker. */
  focusKey: string;
}

/** What a slip needs checked before its dialog opens: the procedure and who it is for. */
const slipFields = ['procedureId', 'applicant.name', 'applicant.idNumber', 'applicant.phone', 'applicant.email'] as const;

/**
 * Receiving a walk-in or postal dossier, built for a queue: keyboard only, top to bottom,
 * Enter or Ctrl+Enter for the primary action. Validated by the API's own schema; the
 * dossier is saved in one request or not at all. Missing required papers turn the primary
 * action into the guidance slip (form 02), which is what the law asks for.
 */
export function IntakeForm({ procedures, focusKey }: IntakeFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useZodForm(ReceiveDossierRequest, { defaultValues: emptyIntakeValues() });
  const documents = useFieldArray({ control: form.control, name: 'documents' });
  const receive = useReceiveDossier();
  const [guidanceBase, setGuidanceBase] = useState<SlipBase | null>(null);
  const [refusalBase, setRefusalBase] = useState<SlipBase | null>(null);
  // Typed data is not lost by following a link (or Back) before it is received.
  const guard = useUnsavedChangesGuard(form.formState.isDirty);
  const openSlip = (slipId: string) => guard.leave(() => void navigate(printPaths.intakeSlip(slipId)));

  const byId = useMemo(() => new Map(procedures.map((procedure) => [procedure.id, procedure])), [procedures]);
  const procedureId = useWatch({ control: form.control, name: 'procedureId' });
  const answers = useWatch({ control: form.control, name: 'documents' });
  const procedure = byId.get(procedureId);
  const missing = missingRequiredDocuments(procedure, answers ?? []);
  const requiredTotal = procedure?.documents.filter((item) => item.required).length ?? 0;

  const focusedFor = useRef<string | null>(null);
  useEffect(() => {
    if (focusedFor.current === focusKey) return;
    focusedFor.current = focusKey;
    form.setFocus('procedureId');
  }, [form, focusKey]);

  function chooseProcedure(next: Procedure | undefined) {
    form.setValue('procedureId', next?.id ?? '', { shouldValidate: form.formState.isSubmitted });
    documents.replace(next ? checklistValues(next) : []);
    form.setValue('feeAmount', next?.feeAmount ?? 0);
  }

  /** Checks what a slip needs; on success returns it, else the first bad field has focus. */
  async function slipBase(): Promise<SlipBase | null> {
    const valid = await form.trigger([...slipFields], { shouldFocus: true });
    if (!valid) return null;
    return { procedureId: form.getValues('procedureId'), applicant: form.getValues('applicant') };
  }

  const receiveDossier = form.handleSubmit((request) =>
    receive.mutate(request, {
      onSuccess: (dossier) => {
        notifications.show({ color: 'teal', message: t('intake.received', { code: dossier.code }) });
        guard.leave(() => void navigate(printPaths.receipt(dossier.id)));
      },
      onError: (error) => applyApiError(form, error),
    }),
  );

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (receive.isPending) return;
    if (missing.length > 0) {
      const base = await slipBase();
      if (base) setGuidanceBase(base);
      return;
    }
    await receiveDossier();
  }

  // Ctrl+Enter from any field (a textarea too); an open dialog has its own.
  const dialogOpen = guidanceBase !== null || refusalBase !== null;
  useHotkeys(dialogOpen ? [] : [['mod+Enter', () => void submit()]], []);

  async function refuse() {
    const base = await slipBase();
    if (base) setRefusalBase(base);
  }

  return (
    <>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <form
            onSubmit={(event) => void submit(event)}
            noValidate
            aria-label={t('intake.title')}
          >
            <Stack gap="md">
              <Section id="intake-procedure" title={t('intake.sections.procedure')}>
                <Controller
                  control={form.control}
                  name="procedureId"
                  render={({ field, fieldState }) => (
                    <ProcedurePicker
                      ref={field.ref}
                      procedures={procedures}
                      value={field.value}
                      onChange={chooseProcedure}
                      onBlur={field.onBlur}
                      error={fieldState.error?.message}
                    />
                  )}
                />
              </Section>
              <Section id="intake-applicant" title={t('intake.sections.applicant')}>
                <ApplicantFields form={form} />
                <SubmitterFields form={form} />
              </Section>
              <Section id="intake-documents" title={t('intake.sections.documents')}>
                {procedure ? (
                  <ChecklistTable form={form} procedure={procedure} rows={documents.fields} />
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('intake.documents.empty')}
                  </Text>
                )}
              </Section>
              <Section id="intake-receipt" title={t('intake.sections.receipt')}>
                <ReceiptFields form={form} procedure={procedure} />
              </Section>
              <IntakeActionBar
                procedure={procedure}
                incomplete={missing.length > 0}
                receiving={receive.isPending}
                formError={form.formState.errors.root?.server?.message}
                onRefuse={() => void refuse()}
              />
            </Stack>
          </form>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <IntakeSidePanel procedure={procedure} requiredTotal={requiredTotal} requiredMissing={missing.length} />
        </Grid.Col>
      </Grid>
      {/* Outside the form: React bubbles a dialog's submit and keys through the component tree. */}
      <GuidanceDialog base={guidanceBase} missing={missing.map((item) => item.name)} onClose={() => setGuidanceBase(null)} onCreated={openSlip} />
      <RefusalDialog base={refusalBase} onClose={() => setRefusalBase(null)} onCreated={openSlip} />
      <UnsavedChangesDialog blocker={guard.blocker} />
    </>
  );
}
