import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { dossierPath } from '../../../lib/paths.ts';
import { useCentreSettings } from '../../../lib/reference/centre-settings.ts';
import { usePrintDossier } from '../api/get-print-dossier.ts';
import { latestEvent } from '../utils/event-details.ts';
import { PrintPage } from './print-page.tsx';
import { RefusalSheet } from './refusal-sheet.tsx';

/** /in/ho-so/:dossierId/tu-choi — form 03 for an online dossier refused at intake. */
export function RefusalPrintPage() {
  const { t } = useTranslation();
  const { dossierId = '' } = useParams();
  const centre = useCentreSettings();
  const dossier = usePrintDossier(dossierId);
  return (
    <PrintPage
      title={t('print.documentTitle.refusal', { code: dossier.data?.code ?? '' })}
      paper="A5"
      back={{ to: dossierPath(dossierId), label: t('print.toolbar.backToDossier') }}
      queries={[centre, dossier]}
    >
      {() => {
        const event = dossier.data && latestEvent(dossier.data.events, ['refuse']);
        if (!centre.data || !dossier.data || !event) return null;
        const reason = typeof event.details.reason === 'string' && event.details.reason ? event.details.reason : event.note;
        return (
          <RefusalSheet
            centre={centre.data}
            number={null}
            at={event.at}
            applicant={dossier.data.applicant}
            procedureName={dossier.data.procedureName}
            reason={reason}
            officerName={event.actorName}
          />
        );
      }}
    </PrintPage>
  );
}
