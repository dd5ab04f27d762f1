/** How a dossier arrives (DOMAIN.md "Channels"). */
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

/** Processing-time units (DOMAIN.md "Appointment"). */
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
  amount: number;
}

/** Supplement clock mode per procedure (DOMAIN.md "Supplements"). */
export const SupplementClock = { pause: 'pause', restart: 'restart' } as const;
export type SupplementClock = (typeof SupplementClock)[keyof typeof SupplementClock];
