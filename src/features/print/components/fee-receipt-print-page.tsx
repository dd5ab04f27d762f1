import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { dossierPath } from '../../../lib/paths.ts';
import { useCentreSettings } from '../../../lib/reference/centre-settings.ts';
import { usePrintDossier } from '../api/get-print-dossier.ts';
import { FeeReceiptSheet } from './fee-receipt-sheet.tsx';
import { PrintPage } from './print-page.tsx';

/** /in/ho-so/:dossierId/bien-lai/:eventId — the fee receipt of the payment that step recorded. */
export function FeeReceiptPrintPage() {
  const { t } = useTranslation();
  const { dossierId = '', eventId = '' } = useParams();
  const centre = useCentreSettings();
  const dossier = usePrintDossier(dossierId);
  return (
    <PrintPage
      title={t('print.documentTitle.feeReceipt', { code: dossier.data?.code ?? '' })}
      paper="A5"
      back={{ to: dossierPath(dossierId), label: t('print.toolbar.backToDossier') }}
      queries={[centre, dossier]}
    >
      {() => {
        const payment = dossier.data?.payments.find((candidate) => candidate.eventId === eventId);
        if (!centre.data || !dossier.data || !payment) return null;
        return <FeeReceiptSheet centre={centre.data} dossier={dossier.data} payment={payment} />;
      }}
    </PrintPage>
  );
}
