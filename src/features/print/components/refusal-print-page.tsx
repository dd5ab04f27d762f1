import { latestEvent } from '../utils/event-details.ts';
import { DossierPrintPage } from './dossier-print-page.tsx';
import { RefusalSheet } from './refusal-sheet.tsx';

/** /in/ho-so/:dossierId/tu-choi — form 03 for an online dossier refused at intake. */
export function RefusalPrintPage() {
  return (
    <DossierPrintPage form="refusal" paper="A5">
      {(centre, dossier) => {
        const event = latestEvent(dossier.events, ['refuse']);
        if (!event) return null;
        const reason = typeof event.details.reason === 'string' && event.details.reason ? event.details.reason : event.note;
        return (
          <RefusalSheet
            centre={centre}
            number={null}
            at={event.at}
            applicant={dossier.applicant}
            procedureName={dossier.procedureName}
            reason={reason}
            officerName={event.actorName}
          />
        );
      }}
    </DossierPrintPage>
  );
}
