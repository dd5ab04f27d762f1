/**
 * The messages motcua sends an applicant (SMS and e-mail), one per kind of step. The
 * Vietnamese texts are official wording and live with the server's outbox; the staff UI
 * names each kind in its own language.
 */
export const notificationTemplates = [
  'received',
  'completion_requested',
  'refused',
  'supplement_requested',
  'result_ready',
  'apology',
  'stopped',
  'withdrawn',
  'closed_not_accepted',
] as const;
export type NotificationTemplate = (typeof notificationTemplates)[number];

export function isNotificationTemplate(value: string): value is NotificationTemplate {
  return (notificationTemplates as readonly string[]).includes(value);
}
