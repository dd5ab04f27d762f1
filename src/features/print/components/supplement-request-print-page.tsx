import { useUsers } from '../../../lib/reference/users.ts';
import { supplementDetails } from '../utils/event-details.ts';
import { DossierPrintPage } from './dossier-print-page.tsx';
import { SupplementRequestSheet } from './supplement-request-sheet.tsx';

const requestActions = new Set(['request_completion', 'request_supplement']);

/** /in/ho-so/:dossierId/yeu-cau-bo-sung/:eventId — form 02 for a completion or supplement request. */
export function SupplementRequestPrintPage() {
  const staff = useUsers();
  return (
    <DossierPrintPage form="supplementRequest" paper="A5" queries={[staff]}>
      {(centre, dossier, { eventId }) => {
        const event = dossier.events.find((candidate) => candidate.id === eventId);
        if (!event || !requestActions.has(event.action)) return null;
        const details = supplementDetails(event);
        // The event names its actor but carries no contact: the directory has the work phone.
        const namesakes = (staff.data ?? []).filter((user) => user.fullName === event.actorName);
        return (
          <SupplementRequestSheet
            centre={centre}
            number={null}
            at={event.at}
            applicantName={dossier.applicant.name}
            procedure={{ code: dossier.procedureCode, name: dossier.procedureName }}
            items={details.items}
            reason={details.reason}
            deadline={details.deadline}
            officer={{ name: event.actorName, phone: namesakes.length === 1 ? (namesakes[0]?.phone ?? null) : null }}
            submitterSigns={false}
          />
        );
      }}
    </DossierPrintPage>
  );
}
