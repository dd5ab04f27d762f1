import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { dossierPath } from '../../../lib/paths.ts';
import { useCentreSettings } from '../../../lib/reference/centre-settings.ts';
import { usePrintDossier } from '../api/get-print-dossier.ts';
import { ControlSlipSheet } from './control-slip-sheet.tsx';
import { PrintPage } from './print-page.tsx';

/** /in/ho-so/:dossierId/phieu-kiem-soat — form 06, the handoff log that travels with the dossier. */
export function ControlSlipPrintPage() {
  const { t } = useTranslation();
  const { dossierId = '' } = useParams();
  const centre = useCentreSettings();
  const dossier = usePrintDossier(dossierId);
  return (
    <PrintPage
      title={t('print.documentTitle.controlSlip', { code: dossier.data?.code ?? '' })}
      paper="A4"
      back={{ to: dossierPath(dossierId), label: t('print.toolbar.backToDossier') }}
      queries={[centre, dossier]}
    >
      {() => centre.data && dossier.data && <ControlSlipSheet centre={centre.data} dossier={dossier.data} />}
    </PrintPage>
  );
}
