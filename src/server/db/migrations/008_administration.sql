-- Administration (README "Administration"): procedure versions with fee lines and leg
-- shares, editable fields, units, calendar and settings with versions for optimistic
-- concurrency, office hours per weekday, and the append-only audit log.

-- Procedure versions. A procedure is its national code; each row is one version. The
-- version in force on a day is the highest revision that has taken effect by then, so a
-- version replaced on the day it took effect (after dossiers were received under it) keeps
-- its own effective date. A dossier keeps the row it was received under.
ALTER TABLE procedures ADD COLUMN revision integer;
UPDATE procedures p SET revision = r.n
FROM (SELECT id, row_number() OVER (PARTITION BY code ORDER BY effective_from, id) AS n FROM procedures) r
WHERE r.id = p.id;
ALTER TABLE procedures ALTER COLUMN revision SET NOT NULL;
ALTER TABLE procedures DROP CONSTRAINT procedures_code_effective_from_key;
ALTER TABLE procedures ADD CONSTRAINT procedures_code_revision_key UNIQUE (code, revision);
-- Replacing one version by the next is what ends it; an explicit end date was never set.
ALTER TABLE procedures DROP COLUMN effective_to;
ALTER TABLE procedures ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();

-- Fee lines: phí (fee) and lệ phí (charge), each with an amount and a note. fee_amount stays
-- the sum (what the desk collects by default) and fee_note the notes, written together.
ALTER TABLE procedures ADD COLUMN fee_lines jsonb NOT NULL DEFAULT '[]'::jsonb;
UPDATE procedures SET fee_lines = jsonb_build_array(jsonb_build_object('kind', 'charge', 'amount', fee_amount, 'note', fee_note))
WHERE fee_amount > 0 OR fee_note <> '';

-- Control-slip leg shares per version (fractions of the dossier's working time).
ALTER TABLE procedures ADD COLUMN leg_shares jsonb NOT NULL
  DEFAULT '{"desk_intake": 0.1, "department": 0.1, "handler": 0.65, "approval": 0.15}'::jsonb;

CREATE INDEX procedures_code_idx ON procedures (code, revision DESC);
CREATE INDEX intake_slips_procedure_idx ON intake_slips (procedure_id);

-- Fields: deactivated rather than deleted; a version for edits.
ALTER TABLE fields ADD COLUMN active boolean NOT NULL DEFAULT true;
ALTER TABLE fields ADD COLUMN version integer NOT NULL DEFAULT 1;

-- Units: address and phone for the letterhead and the directory; a version for edits.
ALTER TABLE units ADD COLUMN address text NOT NULL DEFAULT '';
ALTER TABLE units ADD COLUMN phone text NOT NULL DEFAULT '';
ALTER TABLE units ADD COLUMN version integer NOT NULL DEFAULT 1;
-- One centre per installation.
CREATE UNIQUE INDEX units_one_centre_idx ON units ((kind)) WHERE kind = 'centre';

-- A new account and a reset password are one-time passwords, changed at the next sign-in.
-- (The security migration adds the same column; whichever runs first adds it.)
ALTER TABLE users ADD COLUMN IF NOT EXISTS must_change_password boolean NOT NULL DEFAULT false;

-- Calendar days and settings are edited with a version each.
ALTER TABLE calendar_days ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE settings ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE settings ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();

-- Office hours per weekday: the single morning/afternoon pair and the Saturday-morning flag
-- become one entry per day of the week.
UPDATE settings SET value = jsonb_build_object(
  'week', jsonb_build_object(
    'monday', h.full_day, 'tuesday', h.full_day, 'wednesday', h.full_day, 'thursday', h.full_day, 'friday', h.full_day,
    'saturday', CASE WHEN h.saturday THEN jsonb_build_object('morning', h.morning, 'afternoon', NULL) ELSE h.closed END,
    'sunday', h.closed),
  'sameDayCutoff', coalesce(settings.value -> 'sameDayCutoff', '"15:00"'),
  'dueSoonWorkingDays', coalesce(settings.value -> 'dueSoonWorkingDays', '2'))
FROM (
  SELECT jsonb_build_object('start', coalesce(value ->> 'morningStart', '07:00'), 'end', coalesce(value ->> 'morningEnd', '11:30')) AS morning,
         jsonb_build_object(
           'morning', jsonb_build_object('start', coalesce(value ->> 'morningStart', '07:00'), 'end', coalesce(value ->> 'morningEnd', '11:30')),
           'afternoon', jsonb_build_object('start', coalesce(value ->> 'afternoonStart', '13:30'), 'end', coalesce(value ->> 'afternoonEnd', '17:00'))) AS full_day,
         jsonb_build_object('morning', NULL, 'afternoon', NULL) AS closed,
         coalesce((value ->> 'saturdayMorningCounts')::boolean, false) AS saturday
  FROM settings WHERE key = 'working_time'
) h
WHERE settings.key = 'working_time' AND NOT (settings.value ? 'week');

-- The supplement deadline was a bare number; settings sections are objects.
UPDATE settings SET value = jsonb_build_object('supplementDeadlineWorkingDays', value)
WHERE key = 'supplement_deadline_working_days' AND jsonb_typeof(value) = 'number';

-- The audit log: every administrative change (before → after), sign-in, failed sign-in and
-- lockout, and every opening of a dossier's personal data (Decree 13/2023/NĐ-CP).
CREATE TABLE audit_log (
  id              bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  at              timestamptz NOT NULL,
  actor_user_id   uuid REFERENCES users(id),
  actor_name      text NOT NULL,          -- as the person was named then; a failed sign-in's typed username
  actor_username  text,
  actor_role      text,
  action          text NOT NULL,
  entity          text NOT NULL,
  entity_id       text,
  entity_label    text NOT NULL DEFAULT '',
  search_text     text NOT NULL DEFAULT '', -- accent-folded actor and label, for the screen's search
  before          jsonb,
  after           jsonb,
  details         jsonb NOT NULL DEFAULT '{}'::jsonb,
  address         text
);
CREATE INDEX audit_log_at_idx ON audit_log (at DESC);
CREATE INDEX audit_log_action_at_idx ON audit_log (action, at DESC);
CREATE INDEX audit_log_actor_at_idx ON audit_log (actor_user_id, at DESC);
CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id, at DESC);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
