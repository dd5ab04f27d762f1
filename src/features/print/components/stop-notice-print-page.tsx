import { latestEvent } from '../utils/event-details.ts';
import { DossierPrintPage } from './dossier-print-page.tsx';
import { StopNoticeSheet } from './stop-notice-sheet.tsx';

/** /in/ho-so/:dossierId/dung-giai-quyet — form 05 for a withdrawn or stopped dossier. */
export function StopNoticePrintPage() {
  return (
    <DossierPrintPage form="stopNotice" paper="A5">
      {(centre, dossier) => {
        const event = latestEvent(dossier.events, ['withdraw', 'stop']);
        return event ? <StopNoticeSheet centre={centre} dossier={dossier} event={event} /> : null;
      }}
    </DossierPrintPage>
  );
}
