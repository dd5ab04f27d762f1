import { ApologySheet } from './apology-sheet.tsx';
import { DossierPrintPage } from './dossier-print-page.tsx';

/** /in/ho-so/:dossierId/xin-loi/:eventId — form 04 for that apology. */
export function ApologyPrintPage() {
  return (
    <DossierPrintPage form="apology" paper="A5">
      {(centre, dossier, { eventId }) => {
        const event = dossier.events.find((candidate) => candidate.id === eventId && candidate.action === 'apologize');
        return event ? <ApologySheet centre={centre} dossier={dossier} event={event} /> : null;
      }}
    </DossierPrintPage>
  );
}
