import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { dossierPath } from '../../../lib/paths.ts';
import { useCentreSettings } from '../../../lib/reference/centre-settings.ts';
import { usePrintDossier } from '../api/get-print-dossier.ts';
import { ApologySheet } from './apology-sheet.tsx';
import { PrintPage } from './print-page.tsx';

/** /in/ho-so/:dossierId/xin-loi/:eventId — form 04 for that apology. */
export function ApologyPrintPage() {
  const { t } = useTranslation();
  const { dossierId = '', eventId = '' } = useParams();
  const centre = useCentreSettings();
  const dossier = usePrintDossier(dossierId);
  return (
    <PrintPage
      title={t('print.documentTitle.apology', { code: dossier.data?.code ?? '' })}
      paper="A5"
      back={{ to: dossierPath(dossierId), label: t('print.toolbar.backToDossier') }}
      queries={[centre, dossier]}
    >
      {() => {
        const event = dossier.data?.events.find((candidate) => candidate.id === eventId && candidate.action === 'apologize');
        if (!centre.data || !dossier.data || !event) return null;
        return <ApologySheet centre={centre.data} dossier={dossier.data} event={event} />;
      }}
    </PrintPage>
  );
}
