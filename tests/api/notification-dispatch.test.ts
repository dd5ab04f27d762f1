import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatchPendingNotifications, type NotificationSender, type OutgoingMessage } from '../../src/server/notifications/outbox.ts';
import { createTestApi, type TestApi } from '../setup/test-api.ts';
import { TEST_NOW } from '../setup/test-clock.ts';

let t: TestApi;

beforeAll(async () => {
  t = await createTestApi();
});
afterAll(async () => {
  await t.close();
});

/** Queues `count` messages to the applicant of one dossier, as a step of its life would. */
async function queue(count: number, prefix: string): Promise<string[]> {
  const [dossier] = await t.db.query<{ id: string }>('SELECT id FROM dossiers ORDER BY code LIMIT 1');
  const rows = await t.db.query<{ id: string }>(
    `INSERT INTO notifications (dossier_id, channel, recipient, template, body, created_at)
     SELECT $1, 'sms', '0912345678', 'received', $2 || '-' || n, $3::timestamptz + n * interval '1 second' FROM generate_series(1, $4) AS n
     RETURNING id`,
    [dossier!.id, prefix, TEST_NOW, count],
  );
  return rows.map((r) => r.id);
}

function recorder(fail: (message: OutgoingMessage) => boolean = () => false): NotificationSender & { bodies: string[] } {
  const bodies: string[] = [];
  return {
    bodies,
    async send(message) {
      await new Promise((resolve) => setTimeout(resolve, 1));
      if (fail(message)) throw new Error('gateway down');
      bodies.push(message.body);
    },
  };
}

describe('the notification dispatcher', () => {
  it('sends every pending message once, oldest first, and records it as sent', async () => {
    await t.db.query("UPDATE notifications SET status = 'sent' WHERE status = 'pending'");
    await queue(5, 'once');
    const sender = recorder();
    expect(await dispatchPendingNotifications(t.db, sender, () => TEST_NOW)).toBe(5);
    expect(sender.bodies).toEqual(['once-1', 'once-2', 'once-3', 'once-4', 'once-5']);
    expect(await dispatchPendingNotifications(t.db, sender, () => TEST_NOW)).toBe(0);
    const [left] = await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM notifications WHERE status = 'pending' OR claimed_until IS NOT NULL");
    expect(left!.n).toBe(0);
  });

  it('never gives one message to two dispatchers running at once', async () => {
    const ids = await queue(120, 'shared');
    const senders = [recorder(), recorder(), recorder()];
    await Promise.all(senders.map((sender) => dispatchPendingNotifications(t.db, sender, () => TEST_NOW, 50)));
    await Promise.all(senders.map((sender) => dispatchPendingNotifications(t.db, sender, () => TEST_NOW, 50)));
    await Promise.all(senders.map((sender) => dispatchPendingNotifications(t.db, sender, () => TEST_NOW, 50)));
    const all = senders.flatMap((s) => s.bodies);
    expect(all.length).toBe(ids.length);
    expect(new Set(all).size).toBe(ids.length);
  });

  it('leaves a claimed message to its dispatcher until the claim lapses', async () => {
    const [id] = await queue(1, 'claimed');
    await t.db.query("UPDATE notifications SET claimed_until = $2::timestamptz + interval '10 minutes' WHERE id = $1", [id, TEST_NOW]);
    const sender = recorder();
    expect(await dispatchPendingNotifications(t.db, sender, () => TEST_NOW)).toBe(0);
    expect(await dispatchPendingNotifications(t.db, sender, () => new Date(TEST_NOW.getTime() + 11 * 60_000))).toBe(1);
    expect(sender.bodies).toEqual(['claimed-1']);
  });

  it('retries a failed message, and gives up after five attempts', async () => {
    const [id] = await queue(1, 'failing');
    const sender = recorder(() => true);
    for (let attempt = 1; attempt <= 6; attempt++) await dispatchPendingNotifications(t.db, sender, () => TEST_NOW);
    const [row] = await t.db.query<{ status: string; attempts: number; last_error: string }>('SELECT status, attempts, last_error FROM notifications WHERE id = $1', [id]);
    expect(row).toEqual({ status: 'failed', attempts: 5, last_error: 'gateway down' });
  });
});
