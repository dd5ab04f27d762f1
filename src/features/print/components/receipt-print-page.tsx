import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { dossierPath, routePatterns } from '../../../lib/paths.ts';
import { useCentreSettings } from '../../../lib/reference/centre-settings.ts';
import { usePrintDossier } from '../api/get-print-dossier.ts';
import { PrintPage } from './print-page.tsx';
import { ReceiptSheet } from './receipt-sheet.tsx';

/** /in/ho-so/:dossierId/bien-nhan — form 01, where the officer lands after receiving. */
export function ReceiptPrintPage() {
  const { t } = useTranslation();
  const { dossierId = '' } = useParams();
  const centre = useCentreSettings();
  const dossier = usePrintDossier(dossierId);
  return (
    <PrintPage
      title={t('print.documentTitle.receipt', { code: dossier.data?.code ?? '' })}
      paper="A5"
      back={{ to: dossierPath(dossierId), label: t('print.toolbar.backToDossier') }}
      next={{ to: routePatterns.intake, label: t('print.toolbar.newDossier') }}
      queries={[centre, dossier]}
    >
      {() => centre.data && dossier.data && <ReceiptSheet centre={centre.data} dossier={dossier.data} />}
    </PrintPage>
  );
}
