import { Badge, Checkbox, NativeSelect, NumberInput, Table, Text, VisuallyHidden } from '@mantine/core';
import { Controller, useWatch, type UseFieldArrayReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { documentForms } from '../../../domain/channels.ts';
import type { Procedure } from '../../../domain/schemas/catalogue.ts';
import type { ReusableDocument } from '../../../domain/schemas/person.ts';
import type { IntakeForm, IntakeFormValues } from '../utils/intake-form-values.ts';
import { ChecklistScans } from './checklist-scans.tsx';
import classes from './intake-form.module.css';

export interface ChecklistTableProps {
  form: IntakeForm;
  procedure: Procedure;
  rows: UseFieldArrayReturn<IntakeFormValues, 'documents'>['fields'];
  /** Scans chosen per checklist item (by procedure document id), saved with the dossier. */
  scans: ReadonlyMap<string, readonly File[]>;
  onScansChange: (procedureDocumentId: string, files: readonly File[]) => void;
  /** Why a chosen scan cannot be sent, per checklist item. */
  scanErrors: ReadonlyMap<string, string>;
  /** The applicant's digitised papers of earlier dossiers (empty without an ID number). */
  reusable: readonly ReusableDocument[];
}

/**
 * The procedure's checklist (thành phần hồ sơ), one row per document: received (Space
 * toggles it), form and count, and under its name its digitisation (scans, or an earlier
 * digitised copy reused). Required items are marked in words, not only by colour.
 */
export function ChecklistTable({ form, procedure, rows, scans, onScansChange, scanErrors, reusable }: ChecklistTableProps) {
  const { t } = useTranslation();
  const items = new Map(procedure.documents.map((item) => [item.id, item]));
  const formOptions = documentForms.map((value) => ({ value, label: t(`documentForm.${value}`) }));
  const errors = form.formState.errors.documents;
  const answers = useWatch({ control: form.control, name: 'documents' });

  function reuse(index: number, document: ReusableDocument | null) {
    form.setValue(`documents.${index}.reusedFromDocumentId`, document?.documentId, { shouldDirty: true });
    // A paper the administration already holds digitised need not be handed in again.
    if (document) form.setValue(`documents.${index}.received`, true, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
  }

  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('intake.documents.noChecklist')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs" highlightOnHover={false} className={classes.checklist} styles={{ th: { whiteSpace: 'nowrap' } }}>
        <VisuallyHidden component="caption">{t('intake.documents.caption')}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={84}>{t('intake.documents.received')}</Table.Th>
            <Table.Th>{t('intake.documents.name')}</Table.Th>
            <Table.Th w={214}>{t('intake.documents.form')}</Table.Th>
            <Table.Th w={100}>{t('intake.documents.count')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, index) => {
            const item = items.get(row.procedureDocumentId);
            const name = item?.name ?? '';
            const reusedId = answers?.[index]?.reusedFromDocumentId;
            const files = scans.get(row.procedureDocumentId) ?? [];
            const error = errors?.[index]?.received?.message ?? errors?.[index]?.count?.message;
            const errorId = `checklist-error-${index}`;
            return (
              <Table.Tr key={row.id} data-required={item?.required || undefined}>
                <Table.Td>
                  <Checkbox
                    id={`checklist-received-${index}`}
                    size="md"
                    aria-label={t('intake.documents.receivedLabel', { name })}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? errorId : undefined}
                    {...form.register(`documents.${index}.received`)}
                  />
                </Table.Td>
                <Table.Td>
                  {/* The whole name is a click target for the checkbox. */}
                  <Text size="sm" component="label" htmlFor={`checklist-received-${index}`} className={classes.itemName}>
                    {name}{' '}
                    {item?.required ? (
                      <Badge size="sm" color="red" c="#b02525" variant="light" component="span">
                        {t('intake.documents.required')}
                      </Badge>
                    ) : (
                      <Badge size="sm" color="gray" c="#495057" variant="light" component="span">
                        {t('intake.documents.optional')}
                      </Badge>
                    )}
                  </Text>
                  {error && (
                    <Text id={errorId} size="sm" c="var(--mantine-color-error)" mt={4}>
                      {error}
                    </Text>
                  )}
                  <ChecklistScans
                    name={name}
                    files={files}
                    onAdd={(picked) => {
                      onScansChange(row.procedureDocumentId, [...files, ...picked]);
                      // A paper being scanned is in the officer's hand: received.
                      form.setValue(`documents.${index}.received`, true, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
                    }}
                    onRemove={(at) => onScansChange(row.procedureDocumentId, files.filter((_, i) => i !== at))}
                    reusable={reusable}
                    reused={reusable.find((document) => document.documentId === reusedId)}
                    onReuse={(document) => reuse(index, document)}
                    error={errors?.[index]?.reusedFromDocumentId?.message ?? scanErrors.get(row.procedureDocumentId)}
                  />
                </Table.Td>
                <Table.Td>
                  <NativeSelect
                    size="sm"
                    aria-label={t('intake.documents.formLabel', { name })}
                    data={formOptions}
                    {...form.register(`documents.${index}.form`)}
                  />
                </Table.Td>
                <Table.Td>
                  <Controller
                    control={form.control}
                    name={`documents.${index}.count`}
                    render={({ field }) => (
                      <NumberInput
                        size="sm"
                        aria-label={t('intake.documents.countLabel', { name })}
                        min={0}
                        max={99}
                        allowDecimal={false}
                        allowNegative={false}
                        clampBehavior="strict"
                        value={field.value}
                        onChange={(value) => field.onChange(typeof value === 'number' ? value : 0)}
                        onBlur={field.onBlur}
                        ref={field.ref}
                      />
                    )}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
