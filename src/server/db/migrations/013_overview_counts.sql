-- The chairperson's overview and the navigation's counts without reading the whole table
-- (README "Performance"). Figures per Vietnam day and procedure, and dossiers per status,
-- are kept by triggers in the transaction that changes a dossier, so they are exactly what
-- counting the dossiers gives (tests/api/overview-counts.test.ts compares them over random
-- work), whichever code path writes.
--
-- Both tables hold increments, never updated in place: two transactions that count the same
-- day or status each add a row instead of waiting for one another's lock (and two bulk
-- actions can never deadlock on a shared counter). A periodic job folds them together
-- (`compact_dossier_counts`); readers add them up.

-- Digitised (Decision 766): scanned documents stored and, once decided, the result file too.
-- Kept on the dossier (attachments change it), so the figure and the list filter read a column.
CREATE FUNCTION dossier_is_digitised(dossier_id uuid, decided_at timestamptz) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM attachments a WHERE a.dossier_id = $1 AND a.kind = 'document')
     AND ($2 IS NULL OR EXISTS (SELECT 1 FROM attachments a WHERE a.dossier_id = $1 AND a.kind = 'result'))
$$;
ALTER TABLE dossiers ADD COLUMN digitised boolean NOT NULL DEFAULT false;
UPDATE dossiers SET digitised = true WHERE dossier_is_digitised(id, decided_at);

CREATE FUNCTION dossiers_set_digitised() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.digitised := dossier_is_digitised(NEW.id, NEW.decided_at);
  RETURN NEW;
END;
$$;
CREATE TRIGGER dossiers_digitised BEFORE INSERT OR UPDATE OF decided_at, digitised ON dossiers
  FOR EACH ROW EXECUTE FUNCTION dossiers_set_digitised();

CREATE FUNCTION attachments_mark_digitised() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE dossiers d SET digitised = dossier_is_digitised(d.id, d.decided_at)
  WHERE d.id IN (OLD.dossier_id, NEW.dossier_id) AND d.digitised IS DISTINCT FROM dossier_is_digitised(d.id, d.decided_at);
  RETURN NULL;
END;
$$;
CREATE TRIGGER attachments_digitised AFTER INSERT OR DELETE OR UPDATE OF dossier_id, kind ON attachments
  FOR EACH ROW EXECUTE FUNCTION attachments_mark_digitised();

-- Working time from receipt to decision, supplement waiting excluded: computed by the
-- application with the working-time calendar when the result is approved
-- (src/domain/indicators.ts `processingWorkingMs`); dossiers decided before this migration
-- get theirs when the server next starts.
ALTER TABLE dossiers ADD COLUMN processing_working_ms bigint CHECK (processing_working_ms >= 0);

-- Decision 766 lateness: decided after the appointment (supplement waiting is already added
-- to it in pause mode), more than one supplement request, or an apology.
-- Without an appointment (never the case once received) it is not late: the overview shows
-- decided − late as on time.
CREATE FUNCTION dossier_is_late_for_766(apology_count integer, supplement_count integer, decided_at timestamptz, appointment_at timestamptz)
  RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce($1 > 0 OR $2 > 1 OR $3 > $4, false)
$$;

CREATE TABLE dossier_day_counts (
  day                 date NOT NULL,   -- Vietnam date
  procedure_id        uuid NOT NULL REFERENCES procedures(id),
  received            integer NOT NULL DEFAULT 0,   -- clock started that day (received_at)
  received_online     integer NOT NULL DEFAULT 0,
  digitised           integer NOT NULL DEFAULT 0,   -- of those received that day
  decided             integer NOT NULL DEFAULT 0,   -- result approved that day (decided_at)
  decided_late        integer NOT NULL DEFAULT 0,
  timed               integer NOT NULL DEFAULT 0,   -- decided that day with a processing time
  timed_working_ms    bigint NOT NULL DEFAULT 0,
  refused_online      integer NOT NULL DEFAULT 0    -- online submissions refused, by arrival day
);
CREATE INDEX dossier_day_counts_day_idx ON dossier_day_counts (day);

CREATE TABLE dossier_status_counts (
  status  text NOT NULL,
  count   integer NOT NULL
);

-- What one dossier adds to the day counts (one row per day it counts on).
CREATE FUNCTION dossier_day_facts(d dossiers) RETURNS SETOF dossier_day_counts LANGUAGE sql STABLE AS $$
  SELECT (d.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, d.procedure_id,
    1, (d.channel = 'online')::int, d.digitised::int, 0, 0, 0, 0::bigint, 0
  WHERE d.received_at IS NOT NULL
  UNION ALL
  SELECT (d.decided_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, d.procedure_id,
    0, 0, 0, 1, dossier_is_late_for_766(d.apology_count, d.supplement_count, d.decided_at, d.appointment_at)::int,
    (d.received_at IS NOT NULL AND d.processing_working_ms IS NOT NULL)::int,
    CASE WHEN d.received_at IS NOT NULL THEN coalesce(d.processing_working_ms, 0) ELSE 0 END, 0
  WHERE d.decided_at IS NOT NULL
  UNION ALL
  SELECT (d.submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, d.procedure_id, 0, 0, 0, 0, 0, 0, 0::bigint, 1
  WHERE d.status = 'refused' AND d.channel = 'online' AND d.submitted_at IS NOT NULL
$$;

CREATE FUNCTION dossiers_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.status = NEW.status AND OLD.received_at IS NOT DISTINCT FROM NEW.received_at
     AND OLD.decided_at IS NOT DISTINCT FROM NEW.decided_at AND OLD.submitted_at IS NOT DISTINCT FROM NEW.submitted_at
     AND OLD.procedure_id = NEW.procedure_id AND OLD.channel = NEW.channel AND OLD.digitised = NEW.digitised
     AND OLD.apology_count = NEW.apology_count AND OLD.supplement_count = NEW.supplement_count
     AND OLD.appointment_at IS NOT DISTINCT FROM NEW.appointment_at
     AND OLD.processing_working_ms IS NOT DISTINCT FROM NEW.processing_working_ms THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM NEW.status THEN
    INSERT INTO dossier_status_counts (status, count)
      SELECT s.status, s.count FROM (VALUES (OLD.status, -1), (NEW.status, 1)) AS s(status, count) WHERE s.status IS NOT NULL;
  END IF;
  INSERT INTO dossier_day_counts
    SELECT day, procedure_id, sum(received), sum(received_online), sum(digitised), sum(decided), sum(decided_late),
      sum(timed), sum(timed_working_ms), sum(refused_online)
    FROM (
      SELECT f.* FROM dossier_day_facts(NEW) f WHERE TG_OP <> 'DELETE'
      UNION ALL
      SELECT f.day, f.procedure_id, -f.received, -f.received_online, -f.digitised, -f.decided, -f.decided_late,
        -f.timed, -f.timed_working_ms, -f.refused_online
      FROM dossier_day_facts(OLD) f WHERE TG_OP <> 'INSERT'
    ) change
    GROUP BY day, procedure_id
    HAVING sum(received) <> 0 OR sum(received_online) <> 0 OR sum(digitised) <> 0 OR sum(decided) <> 0
      OR sum(decided_late) <> 0 OR sum(timed) <> 0 OR sum(timed_working_ms) <> 0 OR sum(refused_online) <> 0;
  RETURN NULL;
END;
$$;
CREATE TRIGGER dossiers_counts AFTER INSERT OR UPDATE OR DELETE ON dossiers
  FOR EACH ROW EXECUTE FUNCTION dossiers_count();

-- Folds the increments into one row per day and procedure, and per status.
CREATE FUNCTION compact_dossier_counts() RETURNS void LANGUAGE sql AS $$
  WITH split AS (
    SELECT day, procedure_id FROM dossier_day_counts GROUP BY day, procedure_id HAVING count(*) > 1
  ), gone AS (
    DELETE FROM dossier_day_counts c USING split
    WHERE c.day = split.day AND c.procedure_id = split.procedure_id RETURNING c.*
  )
  INSERT INTO dossier_day_counts
    SELECT day, procedure_id, sum(received), sum(received_online), sum(digitised), sum(decided), sum(decided_late),
      sum(timed), sum(timed_working_ms), sum(refused_online)
    FROM gone GROUP BY day, procedure_id;
  WITH gone AS (
    DELETE FROM dossier_status_counts c
    WHERE c.status IN (SELECT status FROM dossier_status_counts GROUP BY status HAVING count(*) > 1) RETURNING c.*
  )
  INSERT INTO dossier_status_counts SELECT status, sum(count) FROM gone GROUP BY status;
$$;

-- Counts everything again from the dossiers: here, and after a bulk load that set the
-- triggers aside (the bench's generator).
CREATE FUNCTION refresh_dossier_counts() RETURNS void LANGUAGE sql AS $$
  DELETE FROM dossier_day_counts;
  INSERT INTO dossier_day_counts
    SELECT f.day, f.procedure_id, sum(f.received), sum(f.received_online), sum(f.digitised), sum(f.decided),
      sum(f.decided_late), sum(f.timed), sum(f.timed_working_ms), sum(f.refused_online)
    FROM dossiers d, dossier_day_facts(d) f GROUP BY f.day, f.procedure_id;
  DELETE FROM dossier_status_counts;
  INSERT INTO dossier_status_counts SELECT status, count(*) FROM dossiers GROUP BY status;
$$;
SELECT refresh_dossier_counts();

-- The overview's open load per handler reads only this index.
CREATE INDEX dossiers_handler_open_load_idx ON dossiers (handler_user_id) INCLUDE (appointment_at)
  WHERE status IN ('received', 'awaiting_assignment', 'processing', 'awaiting_approval');
