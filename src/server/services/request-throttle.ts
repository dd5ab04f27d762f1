import type { Queryable } from '../db/db.ts';
import { HttpError } from '../http/errors.ts';
import { message } from '../../domain/messages.ts';

/**
 * At most `limit` requests per key in a fixed window (the public lookup: per client address,
 * a minute). Counted in the database, like the login throttle beside it, so that every server
 * process sees the same counts; the count commits on its own, whatever the request then does.
 */
export async function takeRequest(db: Queryable, key: string, limit: number, windowMs: number, now: Date): Promise<void> {
  const windowStart = new Date(now.getTime() - windowMs);
  const [row] = await db.query<{ requests: number; window_started_at: Date }>(
    `INSERT INTO request_throttle (key, window_started_at, requests) VALUES ($1, $2, 1)
     ON CONFLICT (key) DO UPDATE SET
       requests = CASE WHEN request_throttle.window_started_at <= $3 THEN 1 ELSE request_throttle.requests + 1 END,
       window_started_at = CASE WHEN request_throttle.window_started_at <= $3 THEN $2 ELSE request_throttle.window_started_at END
     RETURNING requests, window_started_at`,
    [key, now, windowStart],
  );
  if (row!.requests === 1) {
    // A new window: forget the keys nobody has used for a day.
    await db.query("DELETE FROM request_throttle WHERE window_started_at < $1::timestamptz - interval '1 day'", [now]);
  }
  if (row!.requests > limit) {
    const seconds = Math.max(1, Math.ceil((row!.window_started_at.getTime() + windowMs - now.getTime()) / 1000));
    throw new HttpError(429, 'too_many_requests', message('lookup_throttled', { seconds }), undefined, { 'Retry-After': String(seconds) });
  }
}
