import type { CitizenCard } from '../../../domain/citizen-card.ts';
import { emptySubmitter, type IntakeForm } from './intake-form-values.ts';

/** The two people a card can be scanned for: the applicant, or someone submitting for them. */
export type CardBlock = 'applicant' | 'submitter';

/** What a card gives the form, in the order the form shows it. */
export const cardFields = ['name', 'idNumber', 'dateOfBirth', 'gender', 'address'] as const;
export type CardField = (typeof cardFields)[number];

/** What was filled from one scan: shown above the block, and marked on each field. */
export interface CardFill {
  block: CardBlock;
  card: CitizenCard;
  fields: readonly CardField[];
}

function valueOf(card: CitizenCard, field: CardField): string {
  switch (field) {
    case 'name':
      return card.fullName;
    case 'idNumber':
      return card.idNumber;
    case 'dateOfBirth':
      return card.dateOfBirth;
    case 'gender':
      return card.gender ?? '';
    case 'address':
      return card.address;
  }
}

/**
 * Puts what the card says into the applicant's or the submitter's fields (switching the
 * submitter on if needed), replacing what was typed there: the card is the authority.
 * Fields the card leaves blank (gender, an unreadable address) keep what the form had.
 * Returns the fields filled.
 */
export function fillFromCard(form: IntakeForm, block: CardBlock, card: CitizenCard): CardFill {
  if (block === 'submitter' && !form.getValues('submitter')) form.setValue('submitter', { ...emptySubmitter });
  const options = { shouldDirty: true, shouldValidate: form.formState.isSubmitted };
  const fields = cardFields.filter((field) => valueOf(card, field) !== '');
  for (const field of fields) form.setValue(`${block}.${field}`, valueOf(card, field), options);
  return { block, card, fields };
}
