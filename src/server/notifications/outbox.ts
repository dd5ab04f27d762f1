import type { Db, Queryable } from '../db/db.ts';
import { renderNotification, type NotificationTemplate } from '../../domain/notifications.ts';
import { loadNotificationTexts } from '../services/settings.ts';

export interface OutgoingMessage {
  channel: 'sms' | 'email';
  recipient: string;
  subject: string;
  body: string;
}

/**
 * Delivers one message. The default logs it; a real SMS gateway or mail server plugs in
 * by implementing this and passing it to `startNotificationDispatcher` (see README).
 * Throwing marks the message failed (it is retried up to `maxAttempts`).
 */
export interface NotificationSender {
  send(message: OutgoingMessage): Promise<void>;
}

export const loggingSender: NotificationSender = {
  async send(message) {
    console.log(`[thông báo ${message.channel} → ${message.recipient}] ${message.subject ? `${message.subject}: ` : ''}${message.body}`);
  },
};

/**
 * Queues messages to the applicant in the same transaction as the step that causes them:
 * an SMS when there is a phone, an e-mail when there is an address.
 */
export async function queueApplicantNotifications(
  tx: Queryable,
  input: {
    dossierId: string;
    eventId: string | null;
    template: NotificationTemplate;
    phone: string | null;
    email: string | null;
    data: Record<string, string>;
    now: Date;
  },
): Promise<number> {
  const targets: ['sms' | 'email', string][] = [];
  if (input.phone) targets.push(['sms', input.phone]);
  if (input.email) targets.push(['email', input.email]);
  // The administrator's wording where there is one (Quản trị → Cài đặt → Tin nhắn).
  const texts = targets.length ? await loadNotificationTexts(tx) : {};
  for (const [channel, recipient] of targets) {
    const { subject, body } = renderNotification(input.template, channel, input.data, texts);
    await tx.query(
      `INSERT INTO notifications (dossier_id, event_id, channel, recipient, template, subject, body, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [input.dossierId, input.eventId, channel, recipient, input.template, subject, body, input.now],
    );
  }
  return targets.length;
}

const maxAttempts = 5;
/** How long a claimed message is left to its dispatcher before another may send it. */
const CLAIM_MS = 10 * 60_000;

/**
 * Sends pending messages, oldest first. Returns how many were sent. Safe with several
 * dispatchers on one database (server processes, machines): each first claims a batch in
 * one statement, skipping rows another dispatcher has locked or claimed, so every message
 * is sent by one of them; a claim that outlives its process lapses and the message is
 * retried.
 */
export async function dispatchPendingNotifications(db: Db, sender: NotificationSender, now: () => Date, limit = 50): Promise<number> {
  const claimedAt = now();
  const pending = await db.query<{ id: string; channel: 'sms' | 'email'; recipient: string; subject: string; body: string; attempts: number; created_at: Date }>(
    `UPDATE notifications SET claimed_until = $2
     WHERE id IN (
       SELECT id FROM notifications
       WHERE status = 'pending' AND (claimed_until IS NULL OR claimed_until <= $1)
       ORDER BY created_at LIMIT $3 FOR UPDATE SKIP LOCKED)
     RETURNING id, channel, recipient, subject, body, attempts, created_at`,
    [claimedAt, new Date(claimedAt.getTime() + CLAIM_MS), limit],
  );
  pending.sort((a, b) => a.created_at.getTime() - b.created_at.getTime());
  let sent = 0;
  for (const { created_at: _created, ...message } of pending) {
    try {
      await sender.send(message);
      await db.query(
        "UPDATE notifications SET status = 'sent', attempts = attempts + 1, sent_at = $2, last_error = NULL, claimed_until = NULL WHERE id = $1",
        [message.id, now()],
      );
      sent++;
    } catch (error) {
      const failed = message.attempts + 1 >= maxAttempts;
      await db.query('UPDATE notifications SET attempts = attempts + 1, last_error = $2, status = $3, claimed_until = NULL WHERE id = $1', [
        message.id,
        error instanceof Error ? error.message : String(error),
        failed ? 'failed' : 'pending',
      ]);
    }
  }
  return sent;
}

/** Polls the outbox every few seconds (Node server and training mode). Returns a stop function. */
export function startNotificationDispatcher(db: Db, sender: NotificationSender, now: () => Date, intervalMs = 5000): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    dispatchPendingNotifications(db, sender, now)
      .catch((error: unknown) => console.error('Gửi thông báo thất bại', error))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  return () => clearInterval(timer);
}
