import { Box, Card, Grid, Stack, Text } from '@mantine/core';
import { useDebouncedValue, useHotkeys, useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Controller, useFieldArray, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { citizenIdProblem } from '../../../domain/citizen.ts';
import type { Procedure } from '../../../domain/schemas/catalogue.ts';
import { ReceiveDossierRequest } from '../../../domain/schemas/intake.ts';
import { UnsavedChangesDialog, useUnsavedChangesGuard } from '../../../components/unsaved-changes-guard.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useDossierCache } from '../../../lib/dossier-cache.ts';
import { applyApiError, useZodForm } from '../../../lib/form.ts';
import { printPaths } from '../../../lib/paths.ts';
import { useReusableDocuments } from '../../../lib/people.ts';
import { scanProblem } from '../../../lib/scans.ts';
import { useDuplicates, type DuplicateCheck } from '../api/get-duplicates.ts';
import { useReceiveDossier } from '../api/receive-dossier.ts';
import { uploadChosenScans } from '../api/upload-scans.ts';
import { useCardScan } from '../hooks/use-card-scan.ts';
import { fillFromCard, type CardFill } from '../utils/card-fill.ts';
import { checklistValues, emptyIntakeValues, missingRequiredDocuments } from '../utils/intake-form-values.ts';
import { rememberProcedure } from '../utils/last-procedure.ts';
import type { SlipBase } from '../utils/slip-request.ts';
import { PersonFields } from './person-fields.tsx';
import { CardFillNotice } from './card-fill-notice.tsx';
import { ChecklistTable } from './checklist-table.tsx';
import { DuplicateWarning } from './duplicate-warning.tsx';
import { GuidanceDialog } from './guidance-dialog.tsx';
import { IntakeActionBar } from './intake-action-bar.tsx';
import { IntakeSection as Section } from './intake-section.tsx';
import { IntakeSidePanel } from './intake-side-panel.tsx';
import { PersonSummary } from './person-summary.tsx';
import { ProcedurePicker } from './procedure-picker.tsx';
import { ReceiptFields } from './receipt-fields.tsx';
import { RefusalDialog } from './refusal-dialog.tsx';
import { SubmitterFields } from './submitter-fields.tsx';
import classes from './intake-form.module.css';

export interface IntakeFormProps {
  procedures: readonly Procedure[];
  /** Changes each time the officer asks for the form again (F2): focus returns to the picker. */
  focusKey: string;
  /** The procedure of the last receipt at this desk: the form starts on it. */
  rememberedProcedure?: Procedure;
}

/** What a slip needs checked before its dialog opens: the procedure and who it is for. */
const slipFields = ['procedureId', 'applicant.name', 'applicant.idNumber', 'applicant.phone', 'applicant.email'] as const;

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/**
 * Receiving a walk-in or postal dossier, built for a queue: keyboard only, top to bottom,
 * Enter or Ctrl+Enter for the primary action, a citizen ID card scan for the applicant.
 * Validated by the API's own schema; the dossier is saved in one request or not at all.
 * Missing required papers turn the primary action into the guidance slip (form 02), which
 * is what the law asks for; an open dossier of the same person and procedure is shown
 * beside the form before saving.
 */
export function IntakeForm({ procedures, focusKey, rememberedProcedure }: IntakeFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const dossiers = useDossierCache();
  const wide = useMediaQuery('(min-width: 75em)');
  const form = useZodForm(ReceiveDossierRequest, {
    defaultValues: rememberedProcedure
      ? {
          ...emptyIntakeValues(),
          procedureId: rememberedProcedure.id,
          documents: checklistValues(rememberedProcedure),
          feeAmount: rememberedProcedure.feeAmount,
        }
      : emptyIntakeValues(),
  });
  const documents = useFieldArray({ control: form.control, name: 'documents' });
  const receive = useReceiveDossier();
  const [guidanceBase, setGuidanceBase] = useState<SlipBase | null>(null);
  const [refusalBase, setRefusalBase] = useState<SlipBase | null>(null);
  // Typed data is not lost by following a link (or Back) before it is received.
  const guard = useUnsavedChangesGuard(form.formState.isDirty);
  const openSlip = (slipId: string) => guard.leave(() => void navigate(printPaths.intakeSlip(slipId)));
  const [scan, setScan] = useState<CardFill | 'unreadable' | null>(null);
  const [scans, setScans] = useState<ReadonlyMap<string, readonly File[]>>(new Map());
  const [scanErrors, setScanErrors] = useState<ReadonlyMap<string, string>>(new Map());
  const [uploading, setUploading] = useState<{ done: number; total: number } | null>(null);
  const [acknowledged, setAcknowledged] = useState('');
  const [duplicateError, setDuplicateError] = useState(false);
  const [showRemembered, setShowRemembered] = useState(rememberedProcedure !== undefined);
  const submitterBlock = useRef<HTMLDivElement>(null);
  const proceedBox = useRef<HTMLInputElement>(null);

  const byId = useMemo(() => new Map(procedures.map((procedure) => [procedure.id, procedure])), [procedures]);
  const procedureId = useWatch({ control: form.control, name: 'procedureId' });
  const answers = useWatch({ control: form.control, name: 'documents' });
  const applicant = useWatch({ control: form.control, name: 'applicant' });
  const procedure = byId.get(procedureId);
  const missing = missingRequiredDocuments(procedure, answers ?? []);
  const requiredTotal = procedure?.documents.filter((item) => item.required).length ?? 0;

  // Who the applicant is, as far as the form can tell yet: a valid ID number, a name, a date of birth.
  const idNumber = text(applicant?.idNumber) && !citizenIdProblem(text(applicant?.idNumber)) ? text(applicant?.idNumber) : null;
  const [name] = useDebouncedValue(text(applicant?.name), 400);
  const dateOfBirth = /^\d{4}-\d{2}-\d{2}$/.test(text(applicant?.dateOfBirth)) ? text(applicant?.dateOfBirth) : null;
  const check: DuplicateCheck | null =
    procedure && (idNumber || (name && dateOfBirth))
      ? { procedureId: procedure.id, ...(idNumber ? { idNumber } : {}), ...(name ? { name } : {}), ...(dateOfBirth ? { dateOfBirth } : {}) }
      : null;
  const duplicatesQuery = useDuplicates(check);
  const duplicates = duplicatesQuery.data ?? [];
  const duplicateKey = duplicates.map((duplicate) => duplicate.id).join(',');
  const proceed = duplicates.length > 0 && acknowledged === duplicateKey;
  const reusable = useReusableDocuments(idNumber).data ?? [];

  const focusedFor = useRef<string | null>(null);
  useEffect(() => {
    if (focusedFor.current === focusKey) return;
    focusedFor.current = focusKey;
    // Selected, so typing replaces a remembered procedure.
    form.setFocus('procedureId', { shouldSelect: true });
  }, [form, focusKey]);

  const dialogOpen = guidanceBase !== null || refusalBase !== null;
  useCardScan({
    enabled: !dialogOpen,
    onCard(card, origin) {
      const block = origin instanceof Node && submitterBlock.current?.contains(origin) ? 'submitter' : 'applicant';
      setScan(fillFromCard(form, block, card));
      // Next, what the card does not say: the phone. The submitter's fields may only now appear.
      requestAnimationFrame(() => form.setFocus(`${block}.phone`));
    },
    onUnreadable: () => setScan('unreadable'),
  });

  function chooseProcedure(next: Procedure | undefined) {
    form.setValue('procedureId', next?.id ?? '', { shouldValidate: form.formState.isSubmitted });
    documents.replace(next ? checklistValues(next) : []);
    form.setValue('feeAmount', next?.feeAmount ?? 0);
    setScans(new Map());
    setScanErrors(new Map());
    setShowRemembered(false);
    if (next) rememberProcedure(next.id);
  }

  function changeScans(procedureDocumentId: string, files: readonly File[]) {
    const problems = files.map((file) => scanProblem(file)).filter((problem) => problem !== undefined);
    const errors = new Map(scanErrors);
    if (problems[0]) errors.set(procedureDocumentId, t(`intake.scans.${problems[0]}`));
    else errors.delete(procedureDocumentId);
    setScanErrors(errors);
    const accepted = new Map(scans);
    accepted.set(procedureDocumentId, files.filter((file) => scanProblem(file) === undefined));
    setScans(accepted);
  }

  /** Checks what a slip needs; on success returns it, else the first bad field has focus. */
  async function slipBase(): Promise<SlipBase | null> {
    const valid = await form.trigger([...slipFields], { shouldFocus: true });
    if (!valid) return null;
    return { procedureId: form.getValues('procedureId'), applicant: form.getValues('applicant') };
  }

  async function saveScansAndPrint(dossier: Parameters<typeof uploadChosenScans>[0]) {
    if (procedure && [...scans.values()].some((files) => files.length > 0)) {
      const failed = await uploadChosenScans(dossier, procedure, scans, (done, total) => setUploading({ done, total }));
      setUploading(null);
      await dossiers.dossiersChanged();
      if (failed.length > 0) {
        notifications.show({ color: 'orange', autoClose: false, message: t('intake.scans.uploadFailed', { count: failed.length, names: failed.join(', ') }) });
      }
    }
    guard.leave(() => void navigate(printPaths.receipt(dossier.id)));
  }

  const receiveDossier = form.handleSubmit((request) =>
    receive.mutate(
      { ...request, acknowledgedDuplicateIds: proceed ? duplicates.map((duplicate) => duplicate.id) : [] },
      {
        onSuccess: (dossier) => {
          notifications.show({ color: 'teal', message: t('intake.received', { code: dossier.code }) });
          void saveScansAndPrint(dossier);
        },
        onError: (error) => {
          // Someone received another of this person's dossiers meanwhile: show it, ask again.
          if (isApiError(error) && error.code === 'duplicate_dossier') void duplicatesQuery.refetch();
          applyApiError(form, error);
        },
      },
    ),
  );

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (receive.isPending || uploading) return;
    if (missing.length > 0) {
      const base = await slipBase();
      if (base) setGuidanceBase(base);
      return;
    }
    if (duplicates.length > 0 && !proceed) {
      setDuplicateError(true);
      proceedBox.current?.focus();
      return;
    }
    await receiveDossier();
  }

  // Ctrl+Enter from any field (a textarea too); an open dialog has its own.
  useHotkeys(dialogOpen ? [] : [['mod+Enter', () => void submit()]], []);

  async function refuse() {
    const base = await slipBase();
    if (base) setRefusalBase(base);
  }

  const fromCard = (block: CardFill['block']) => new Set(scan !== null && scan !== 'unreadable' && scan.block === block ? scan.fields : []);
  const duplicateWarning = duplicates.length > 0 && (
    <DuplicateWarning
      duplicates={duplicates}
      proceed={proceed}
      onProceedChange={(checked) => {
        setAcknowledged(checked ? duplicateKey : '');
        setDuplicateError(false);
      }}
      error={duplicateError && !proceed ? t('intake.duplicates.mustChoose') : undefined}
      checkboxRef={proceedBox}
    />
  );

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
                      description={showRemembered ? t('intake.procedure.remembered') : undefined}
                    />
                  )}
                />
              </Section>
              <Section id="intake-applicant" title={t('intake.sections.applicant')}>
                {/* A live region that is always there, so the filled fields are announced. */}
                <Box component="output" aria-live="polite" display="block">
                  {scan ? (
                    <CardFillNotice scan={scan} onDismiss={() => setScan(null)} />
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('intake.card.hint')}
                    </Text>
                  )}
                </Box>
                <PersonFields form={form} who="applicant" fromCard={fromCard('applicant')} />
                <SubmitterFields form={form} fromCard={fromCard('submitter')} blockRef={submitterBlock} />
              </Section>
              {/* Below the side column's breakpoint, the warning follows the applicant it is about. */}
              {!wide && duplicateWarning}
              <Section id="intake-documents" title={t('intake.sections.documents')}>
                {procedure ? (
                  <ChecklistTable
                    form={form}
                    procedure={procedure}
                    rows={documents.fields}
                    scans={scans}
                    onScansChange={changeScans}
                    scanErrors={scanErrors}
                    reusable={reusable}
                  />
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
                receiving={receive.isPending || uploading !== null}
                uploading={uploading}
                formError={form.formState.errors.root?.server?.message}
                onRefuse={() => void refuse()}
              />
            </Stack>
          </form>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md" className={classes.sideColumn}>
            {wide && duplicateWarning}
            {idNumber && (
              <Card>
                <PersonSummary idNumber={idNumber} />
              </Card>
            )}
            <IntakeSidePanel procedure={procedure} requiredTotal={requiredTotal} requiredMissing={missing.length} />
          </Stack>
        </Grid.Col>
      </Grid>
      {/* Outside the form: React bubbles a dialog's submit and keys through the component tree. */}
      <GuidanceDialog base={guidanceBase} missing={missing.map((item) => item.name)} onClose={() => setGuidanceBase(null)} onCreated={openSlip} />
      <RefusalDialog base={refusalBase} onClose={() => setRefusalBase(null)} onCreated={openSlip} />
      <UnsavedChangesDialog blocker={guard.blocker} />
    </>
  );
}
