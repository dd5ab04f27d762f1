import type { Queryable } from '../db/db.ts';
import type { CurrentUser } from '../../domain/schemas/auth.ts';
import type { CounterDossier } from '../../domain/schemas/ratings.ts';
import { transitions } from '../../domain/dossier-lifecycle.ts';
import { message } from '../../domain/messages.ts';
import { forbidden, notFound } from '../http/errors.ts';

/** How long after handing a result over the tablet still offers its rating. */
export const COUNTER_RATING_WINDOW_MS = 30 * 60_000;

const columns = `d.id, d.code, p.name AS procedure_name, d.version, d.returned_at,
  EXISTS (SELECT 1 FROM dossier_ratings r WHERE r.dossier_id = d.id) AS rated`;

interface Row {
  id: string;
  code: string;
  procedure_name: string;
  version: number;
  returned_at: Date | null;
  rated: boolean;
}

const toCounterDossier = (row: Row): CounterDossier => ({
  id: row.id,
  code: row.code,
  procedureName: row.procedure_name,
  version: row.version,
  returnedAt: row.returned_at ? row.returned_at.toISOString() : null,
  rated: row.rated,
});

/** The tablet is the desk's: whoever may take the rating step. */
function requireCounter(user: CurrentUser) {
  if (!transitions.rate.roles.includes(user.role)) throw forbidden(message('action_not_for_role'));
}

/** The newest dossier this officer handed over within the window that the applicant has not rated. */
export async function awaitingRating(db: Queryable, user: CurrentUser, now: Date): Promise<CounterDossier | null> {
  requireCounter(user);
  const [row] = await db.query<Row>(
    `SELECT ${columns} FROM dossiers d JOIN procedures p ON p.id = d.procedure_id
     JOIN dossier_events e ON e.dossier_id = d.id AND e.action = 'return_result'
     WHERE d.status = 'returned' AND e.actor_user_id = $1 AND e.at > $2 AND e.at <= $3
       AND NOT EXISTS (SELECT 1 FROM dossier_ratings r WHERE r.dossier_id = d.id)
     ORDER BY e.at DESC LIMIT 1`,
    [user.id, new Date(now.getTime() - COUNTER_RATING_WINDOW_MS), now],
  );
  return row ? toCounterDossier(row) : null;
}

export async function counterDossier(db: Queryable, user: CurrentUser, id: string): Promise<CounterDossier> {
  requireCounter(user);
  const [row] = await db.query<Row>(`SELECT ${columns} FROM dossiers d JOIN procedures p ON p.id = d.procedure_id WHERE d.id = $1`, [id]);
  if (!row) throw notFound(message('dossier_not_found'));
  return toCounterDossier(row);
}
