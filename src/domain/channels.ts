/** How a dossier arrives (docs/domain.md "Channels"). */
export const Channel = { walkIn: 'walk_in', online: 'online', postal: 'postal' } as const;
export type Channel = (typeof Channel)[keyof typeof Channel];
export const channels = Object.values(Channel) as readonly Channel[];

/** How the result goes back to the applicant. */
export const ReturnMethod = { desk: 'desk', post: 'post', online: 'online' } as const;
export type ReturnMethod = (typeof ReturnMethod)[keyof typeof ReturnMethod];
export const returnMethods = Object.values(ReturnMethod) as readonly ReturnMethod[];

/** Form in which a checklist document was handed in. */
export const DocumentForm = { original: 'original', certifiedCopy: 'certified_copy', photocopy: 'photocopy' } as const;
export type DocumentForm = (typeof DocumentForm)[keyof typeof DocumentForm];
export const documentForms = Object.values(DocumentForm) as readonly DocumentForm[];

/** Processing-time units (docs/domain.md "Appointment"). */
export const DurationUnit = {
  workingDays: 'working_days',
  workingHours: 'working_hours',
  calendarDays: 'calendar_days',
  sameDay: 'same_day',
} as const;
export type DurationUnit = (typeof DurationUnit)[keyof typeof DurationUnit];
export const durationUnits = Object.values(DurationUnit) as readonly DurationUnit[];
export interface Duration {
  unit: DurationUnit;
  /**
   * How many units; fractional for working days and hours, as catalogues write them
   * ("0,5 ngày làm việc" is 4 working hours); whole calendar days; ignored for same_day.
   */
  amount: number;
}

/** Why a duration is not one the calendar can count, or null when it is. */
export function durationProblem(duration: Duration): 'not_positive' | 'not_whole' | 'too_long' | null {
  const { unit, amount } = duration;
  if (unit === DurationUnit.sameDay) return null;
  if (!(Number.isFinite(amount) && amount > 0)) return 'not_positive';
  if (unit === DurationUnit.calendarDays && !Number.isInteger(amount)) return 'not_whole';
  // Two decimals at most (0,25 ngày): the database keeps numeric(8, 2).
  if (Math.abs(Math.round(amount * 100) - amount * 100) > 1e-6) return 'not_whole';
  return amount > 1000 ? 'too_long' : null;
}

/** Supplement clock mode per procedure (docs/domain.md "Supplements"). */
export const SupplementClock = { pause: 'pause', restart: 'restart' } as const;
export type SupplementClock = (typeof SupplementClock)[keyof typeof SupplementClock];
