/**
 * A supplement request during processing carries a deadline: this many working days from
 * the request unless the handler sets another (a setting, `supplement_deadline_working_days`).
 * After it the desk may close the dossier as not accepted.
 */
export const defaultSupplementDeadlineWorkingDays = 15;
