import type { UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import type { Procedure } from '../../../domain/schemas/catalogue.ts';
import type { ReceiveDossierRequest } from '../../../domain/schemas/intake.ts';

/** What the intake form holds: exactly the API's request, before zod trims and drops empties. */
export type IntakeFormValues = z.input<typeof ReceiveDossierRequest>;
export type IntakeDocumentValues = IntakeFormValues['documents'][number];
/** The form's handle, passed to each section of the form. */
export type IntakeForm = UseFormReturn<IntakeFormValues, unknown, z.output<typeof ReceiveDossierRequest>>;

export const emptySubmitter = { name: '', idNumber: '', dateOfBirth: '', gender: '', phone: '', address: '' };

/** A fresh walk-in: nothing chosen, received in person, result at the desk. */
export function emptyIntakeValues(): IntakeFormValues {
  return {
    procedureId: '',
    channel: 'walk_in',
    applicant: { name: '', idNumber: '', dateOfBirth: '', gender: '', phone: '', email: '', address: '' },
    submitter: null,
    documents: [],
    setsCount: 1,
    feeAmount: 0,
    returnMethod: 'desk',
    notes: '',
  };
}

/**
 * The procedure's checklist as unanswered rows. Nothing starts ticked: the officer looks at
 * each paper before saying it was received.
 */
export function checklistValues(procedure: Procedure): IntakeDocumentValues[] {
  return [...procedure.documents]
    .sort((a, b) => a.position - b.position)
    .map((item) => ({ procedureDocumentId: item.id, received: false, form: item.defaultForm, count: Math.max(item.defaultCount, 1) }));
}

/** Required checklist items not (yet) ticked as received, in checklist order. */
export function missingRequiredDocuments(procedure: Procedure | undefined, documents: readonly IntakeDocumentValues[]) {
  if (!procedure) return [];
  return procedure.documents
    .filter((item) => item.required)
    .filter((item) => {
      const answer = documents.find((document) => document.procedureDocumentId === item.id);
      return !answer?.received || !answer.count;
    })
    .sort((a, b) => a.position - b.position);
}
