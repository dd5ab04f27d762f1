import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { dossierPath } from '../../../lib/paths.ts';
import { useCentreSettings } from '../../../lib/reference/centre-settings.ts';
import { usePrintDossier } from '../api/get-print-dossier.ts';
import { latestEvent } from '../utils/event-details.ts';
import { PrintPage } from './print-page.tsx';
import { StopNoticeSheet } from './stop-notice-sheet.tsx';

/** /in/ho-so/:dossierId/dung-giai-quyet — form 05 for a withdrawn or stopped dossier. */
export function StopNoticePrintPage() {
  const { t } = useTranslation();
  const { dossierId = '' } = useParams();
  const centre = useCentreSettings();
  const dossier = usePrintDossier(dossierId);
  return (
    <PrintPage
      title={t('print.documentTitle.stopNotice', { code: dossier.data?.code ?? '' })}
      paper="A5"
      back={{ to: dossierPath(dossierId), label: t('print.toolbar.backToDossier') }}
      queries={[centre, dossier]}
    >
      {() => {
        const event = dossier.data && latestEvent(dossier.data.events, ['withdraw', 'stop']);
        if (!centre.data || !dossier.data || !event) return null;
        return <StopNoticeSheet centre={centre.data} dossier={dossier.data} event={event} />;
      }}
    </PrintPage>
  );
}
