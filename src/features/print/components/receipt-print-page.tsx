import { useTranslation } from 'react-i18next';
import { routePatterns } from '../../../lib/paths.ts';
import { DossierPrintPage } from './dossier-print-page.tsx';
import { ReceiptSheet } from './receipt-sheet.tsx';

/** /in/ho-so/:dossierId/bien-nhan — form 01, where the officer lands after receiving. */
export function ReceiptPrintPage() {
  const { t } = useTranslation();
  return (
    <DossierPrintPage form="receipt" paper="A5" next={{ to: routePatterns.intake, label: t('print.toolbar.newDossier') }}>
      {(centre, dossier) => <ReceiptSheet centre={centre} dossier={dossier} />}
    </DossierPrintPage>
  );
}
