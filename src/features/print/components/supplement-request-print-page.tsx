import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { dossierPath } from '../../../lib/paths.ts';
import { useCentreSettings } from '../../../lib/reference/centre-settings.ts';
import { usePrintDossier } from '../api/get-print-dossier.ts';
import { useUsers } from '../../../lib/reference/users.ts';
import { supplementDetails } from '../utils/event-details.ts';
import { PrintPage } from './print-page.tsx';
import { SupplementRequestSheet } from './supplement-request-sheet.tsx';

const requestActions = new Set(['request_completion', 'request_supplement']);

/** /in/ho-so/:dossierId/yeu-cau-bo-sung/:eventId — form 02 for a completion or supplement request. */
export function SupplementRequestPrintPage() {
  const { t } = useTranslation();
  const { dossierId = '', eventId = '' } = useParams();
  const centre = useCentreSettings();
  const dossier = usePrintDossier(dossierId);
  const staff = useUsers();
  return (
    <PrintPage
      title={t('print.documentTitle.supplementRequest', { code: dossier.data?.code ?? '' })}
      paper="A5"
      back={{ to: dossierPath(dossierId), label: t('print.toolbar.backToDossier') }}
      queries={[centre, dossier, staff]}
    >
      {() => {
        const event = dossier.data?.events.find((candidate) => candidate.id === eventId);
        if (!centre.data || !dossier.data || !event || !requestActions.has(event.action)) return null;
        const details = supplementDetails(event);
        // The event names its actor but carries no contact: the directory has the work phone.
        const namesakes = (staff.data ?? []).filter((user) => user.fullName === event.actorName);
        return (
          <SupplementRequestSheet
            centre={centre.data}
            number={null}
            at={event.at}
            applicantName={dossier.data.applicant.name}
            procedure={{ code: dossier.data.procedureCode, name: dossier.data.procedureName }}
            items={details.items}
            reason={details.reason}
            deadline={details.deadline}
            officer={{ name: event.actorName, phone: namesakes.length === 1 ? (namesakes[0]?.phone ?? null) : null }}
            submitterSigns={false}
          />
        );
      }}
    </PrintPage>
  );
}
