import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { routePatterns } from '../../../lib/paths.ts';
import { useCentreSettings } from '../../../lib/reference/centre-settings.ts';
import { useIntakeSlip } from '../api/get-intake-slip.ts';
import { PrintPage } from './print-page.tsx';
import { RefusalSheet } from './refusal-sheet.tsx';
import { SupplementRequestSheet } from './supplement-request-sheet.tsx';

/** /in/phieu/:slipId — form 02 or 03 handed to a walk-in; no dossier exists. */
export function IntakeSlipPrintPage() {
  const { t } = useTranslation();
  const { slipId = '' } = useParams();
  const centre = useCentreSettings();
  const slip = useIntakeSlip(slipId);
  const kind = slip.data?.kind;
  const title = t(kind === 'refusal' ? 'print.documentTitle.refusal' : 'print.documentTitle.supplementRequest', { code: slip.data?.number ?? '' });
  return (
    <PrintPage
      title={title}
      paper="A5"
      back={{ to: routePatterns.intake, label: t('print.toolbar.backToIntake') }}
      next={{ to: routePatterns.intake, label: t('print.toolbar.newDossier') }}
      queries={[centre, slip]}
    >
      {() => {
        if (!centre.data || !slip.data) return null;
        const { applicant, procedure, officer } = slip.data;
        if (slip.data.kind === 'refusal') {
          return (
            <RefusalSheet
              centre={centre.data}
              number={slip.data.number}
              at={slip.data.createdAt}
              applicant={applicant}
              procedureName={procedure.name}
              reason={slip.data.reason}
              officerName={officer.name}
            />
          );
        }
        return (
          <SupplementRequestSheet
            centre={centre.data}
            number={slip.data.number}
            at={slip.data.createdAt}
            applicantName={applicant.name}
            procedure={procedure}
            items={slip.data.items}
            reason={slip.data.reason}
            officer={officer}
            submitterSigns
          />
        );
      }}
    </PrintPage>
  );
}
