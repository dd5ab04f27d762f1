import type { Channel } from '../../../domain/channels.ts';
import type { DossierStatus } from '../../../domain/dossier-status.ts';
import { timedStatuses } from '../../../domain/indicators.ts';
import { dossierListPath } from '../../../lib/paths.ts';
import { addDays, type ReportPeriod } from '../../../lib/report-period.ts';
import type { RatingFilter } from '../../../domain/satisfaction.ts';

/**
 * Where each figure of the overview leads: the dossier list with the filters that select
 * exactly the dossiers counted (the API's tests check that each pair agrees).
 */
export const overviewLinks = {
  status: (status: DossierStatus) => dossierListPath({ status: [status] }),
  /** Open = the statuses in which the clock runs, as the overview counts them. */
  departmentOpen: (departmentId: string) => dossierListPath({ status: timedStatuses, departmentId }),
  departmentDue: (departmentId: string, due: 'late' | 'due_soon') => dossierListPath({ due, departmentId }),
  handlerOpen: (handlerId: string) => dossierListPath({ status: timedStatuses, handlerId }),
  handlerDue: (handlerId: string, due: 'late' | 'due_soon') => dossierListPath({ due, handlerId }),
  /** Decided in the period; `late` picks the late (true) or on-time (false) ones by the Decision 766 rules. */
  decided: (period: ReportPeriod, late?: boolean, procedureId?: string) =>
    dossierListPath({ decidedFrom: period.from, decidedTo: period.to, decidedLate: late, procedureId }),
  /** Received in the period (the clock started): what awaits intake or was refused never was. */
  received: (period: ReportPeriod, channel?: Channel) =>
    dossierListPath({ receivedFrom: period.from, receivedTo: period.to, channel, received: true }),
  /** Received in the period and digitised (true) or not (false), by the rule in src/domain/digitisation.ts. */
  digitised: (period: ReportPeriod, digitised: boolean) =>
    dossierListPath({ receivedFrom: period.from, receivedTo: period.to, received: true, digitised }),
  /**
   * Decided in the period and rated (a level, the dissatisfied ones, any): the satisfaction
   * figure's dossiers; per officer, by who handed the result over or who processed it.
   */
  rated: (period: ReportPeriod, rating: RatingFilter, officer?: { role: 'desk_officer' | 'handler'; userId: string }) =>
    dossierListPath({
      decidedFrom: period.from,
      decidedTo: period.to,
      rating,
      ...(officer?.role === 'desk_officer' ? { returnedById: officer.userId } : officer ? { handlerId: officer.userId } : {}),
    }),
  /** Fees paid in full in the period; `online`: with an online payment (Decision 766 online payment). */
  feePaid: (period: ReportPeriod, online = false) =>
    dossierListPath({ feePaidFrom: period.from, feePaidTo: period.to, fee: online ? 'paid_online' : 'paid' }),
  /** Online submissions that arrived in the period and were refused. */
  refusedOnline: (period: ReportPeriod) =>
    dossierListPath({ receivedFrom: period.from, receivedTo: period.to, channel: 'online', status: ['refused'] }),
};

/**
 * The days of a week (from its Monday) that fall inside the period: the overview counts a
 * week only within the period, so its first and last weeks may be short.
 */
export function weekWithinPeriod(weekStart: string, period: ReportPeriod): ReportPeriod {
  const weekEnd = addDays(weekStart, 6);
  return { from: weekStart < period.from ? period.from : weekStart, to: weekEnd > period.to ? period.to : weekEnd };
}
