import { ControlSlipSheet } from './control-slip-sheet.tsx';
import { DossierPrintPage } from './dossier-print-page.tsx';

/** /in/ho-so/:dossierId/phieu-kiem-soat — form 06, the handoff log that travels with the dossier. */
export function ControlSlipPrintPage() {
  return (
    <DossierPrintPage form="controlSlip" paper="A4">
      {(centre, dossier) => <ControlSlipSheet centre={centre} dossier={dossier} />}
    </DossierPrintPage>
  );
}
