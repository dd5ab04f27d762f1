import type { DossierAction } from '../../../domain/dossier-lifecycle.ts';
import type { DossierDetail, DossierEvent } from '../../../domain/schemas/dossier.ts';
import { printPaths } from '../../../lib/paths.ts';

/** The official forms a dossier page links to (Circular 03/2025). */
export type PrintableFormKind = 'receipt' | 'completionRequest' | 'supplementRequest' | 'refusal' | 'apology' | 'stopNotice' | 'controlSlip' | 'feeReceipt';

export interface PrintableForm {
  kind: PrintableFormKind;
  href: string;
  /** The step that issued it (forms 02–05), to tell two supplement requests apart. */
  event?: DossierEvent;
}

/** The form a step issues, if it issues one. */
export function formIssuedBy(dossierId: string, event: DossierEvent): PrintableForm | undefined {
  const withEvent = (form: Omit<PrintableForm, 'event'>): PrintableForm => ({ ...form, event });
  switch (event.action) {
    case 'request_completion':
      return withEvent({ kind: 'completionRequest', href: printPaths.supplementRequest(dossierId, event.id) });
    case 'request_supplement':
      return withEvent({ kind: 'supplementRequest', href: printPaths.supplementRequest(dossierId, event.id) });
    case 'refuse':
      return withEvent({ kind: 'refusal', href: printPaths.refusal(dossierId) });
    case 'apologize':
      return withEvent({ kind: 'apology', href: printPaths.apology(dossierId, event.id) });
    case 'withdraw':
    case 'stop':
      return withEvent({ kind: 'stopNotice', href: printPaths.stopNotice(dossierId) });
    case 'record_payment':
      // The desk writes a receipt for money it took; the portal issues its own for online payments.
      return event.details.method === 'online' ? undefined : withEvent({ kind: 'feeReceipt', href: printPaths.feeReceipt(dossierId, event.id) });
    case 'accept_online':
    case 'receive':
      return withEvent({ kind: 'receipt', href: printPaths.receipt(dossierId) });
    default:
      return undefined;
  }
}

/** The receipt (once received), then forms 02–05 issued by the steps, newest first. */
export function issuedForms(dossier: Pick<DossierDetail, 'id' | 'receivedAt' | 'events'>): PrintableForm[] {
  const receipt: PrintableForm[] = dossier.receivedAt ? [{ kind: 'receipt', href: printPaths.receipt(dossier.id) }] : [];
  const byEvents = [...dossier.events]
    .sort((a, b) => b.seq - a.seq)
    .map((event) => formIssuedBy(dossier.id, event))
    .filter((form): form is PrintableForm => form !== undefined && form.kind !== 'receipt');
  return [...receipt, ...byEvents];
}

/** The newest step of the dossier if it is `action`: the one an action just recorded. */
export function newestEventOf(dossier: Pick<DossierDetail, 'events'>, action: DossierAction): DossierEvent | undefined {
  const newest = dossier.events.reduce<DossierEvent | undefined>((latest, event) => (!latest || event.seq > latest.seq ? event : latest), undefined);
  return newest?.action === action ? newest : undefined;
}
