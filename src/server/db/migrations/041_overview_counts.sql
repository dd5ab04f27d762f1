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

-- Digitised (Decision 766, src/domain/digitisation.ts `dossierDigitisation`): at least one
-- checklist item received, every received item with files of its own or reusing an earlier
-- dossier's scan, and once decided a result file too. Kept on the dossier (its decision,
-- checklist items and files change it), so the figure, the list filter and the
-- "Chưa số hóa" queue read a column.
CREATE FUNCTION dossier_is_digitised(dossier_id uuid, decided_at timestamptz) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM dossier_documents dd WHERE dd.dossier_id = $1 AND dd.received)
     AND NOT EXISTS (SELECT 1 FROM dossier_documents dd WHERE dd.dossier_id = $1 AND dd.received
       AND dd.reused_from_document_id IS NULL
       AND NOT EXISTS (SELECT 1 FROM attachments a WHERE a.dossier_document_id = dd.id))
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

-- After a checklist item or a file changes: the dossiers it belonged to and belongs to.
CREATE FUNCTION dossier_mark_digitised(dossier_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  UPDATE dossiers d SET digitised = dossier_is_digitised(d.id, d.decided_at)
  WHERE d.id = ANY(dossier_ids) AND d.digitised IS DISTINCT FROM dossier_is_digitised(d.id, d.decided_at)
$$;

CREATE FUNCTION attachments_mark_digitised() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dossier_mark_digitised(ARRAY[OLD.dossier_id, NEW.dossier_id]
    || ARRAY(SELECT dd.dossier_id FROM dossier_documents dd WHERE dd.id IN (OLD.dossier_document_id, NEW.dossier_document_id)));
  RETURN NULL;
END;
$$;
CREATE TRIGGER attachments_digitised AFTER INSERT OR DELETE OR UPDATE OF dossier_id, dossier_document_id, kind ON attachments
  FOR EACH ROW EXECUTE FUNCTION attachments_mark_digitised();

CREATE FUNCTION dossier_documents_mark_digitised() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dossier_mark_digitised(ARRAY[OLD.dossier_id, NEW.dossier_id]);
  RETURN NULL;
END;
$$;
CREATE TRIGGER dossier_documents_digitised AFTER INSERT OR DELETE OR UPDATE OF dossier_id, received, reused_from_document_id ON dossier_documents
  FOR EACH ROW EXECUTE FUNCTION dossier_documents_mark_digitised();

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
  refused_online      integer NOT NULL DEFAULT 0,   -- online submissions refused, by arrival day
  fee_paid            integer NOT NULL DEFAULT 0,   -- fee paid in full that day (fee_paid_at)
  fee_paid_online     integer NOT NULL DEFAULT 0,   -- of those, with a payment online
  rated_1             integer NOT NULL DEFAULT 0,   -- ratings of the dossiers decided that day, per level
  rated_2             integer NOT NULL DEFAULT 0,
  rated_3             integer NOT NULL DEFAULT 0,
  rated_4             integer NOT NULL DEFAULT 0,
  rated_5             integer NOT NULL DEFAULT 0
);
CREATE INDEX dossier_day_counts_day_idx ON dossier_day_counts (day);

CREATE TABLE dossier_status_counts (
  status  text NOT NULL,
  count   integer NOT NULL
);

-- What one dossier adds to the day counts (one row per day it counts on), in the table's
-- column order. Besides the dossier's own columns it reads its rating and whether a payment
-- was made online; the triggers on those tables add what they change (below).
CREATE FUNCTION dossier_day_facts(d dossiers) RETURNS SETOF dossier_day_counts LANGUAGE sql STABLE AS $$
  SELECT (d.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, d.procedure_id,
    1, (d.channel = 'online')::int, d.digitised::int, 0, 0, 0, 0::bigint, 0, 0, 0, 0, 0, 0, 0, 0
  WHERE d.received_at IS NOT NULL
  UNION ALL
  SELECT (d.decided_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, d.procedure_id,
    0, 0, 0, 1, dossier_is_late_for_766(d.apology_count, d.supplement_count, d.decided_at, d.appointment_at)::int,
    (d.received_at IS NOT NULL AND d.processing_working_ms IS NOT NULL)::int,
    CASE WHEN d.received_at IS NOT NULL THEN coalesce(d.processing_working_ms, 0) ELSE 0 END, 0, 0, 0,
    coalesce((r.level = 1)::int, 0), coalesce((r.level = 2)::int, 0), coalesce((r.level = 3)::int, 0),
    coalesce((r.level = 4)::int, 0), coalesce((r.level = 5)::int, 0)
  FROM (SELECT 1) one LEFT JOIN dossier_ratings r ON r.dossier_id = d.id
  WHERE d.decided_at IS NOT NULL
  UNION ALL
  SELECT (d.submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, d.procedure_id, 0, 0, 0, 0, 0, 0, 0::bigint, 1, 0, 0, 0, 0, 0, 0, 0
  WHERE d.status = 'refused' AND d.channel = 'online' AND d.submitted_at IS NOT NULL
  UNION ALL
  -- Decision 766 online payments: paid in full that day, and of those with an online payment
  -- (src/domain/indicators.ts `paidOnlineSql`).
  SELECT (d.fee_paid_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, d.procedure_id, 0, 0, 0, 0, 0, 0, 0::bigint, 0,
    1, EXISTS (SELECT 1 FROM fee_payments fp WHERE fp.dossier_id = d.id AND fp.method = 'online')::int, 0, 0, 0, 0, 0
  WHERE d.fee_amount > 0 AND d.fee_paid_at IS NOT NULL
$$;

-- Adds a change of the counts (facts gained, and facts lost negated) as one increment per
-- day and procedure, leaving out those that cancel out.
CREATE FUNCTION dossier_counts_add(changes dossier_day_counts[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO dossier_day_counts
    SELECT day, procedure_id,
    sum(received), sum(received_online), sum(digitised), sum(decided), sum(decided_late), sum(timed),
    sum(timed_working_ms), sum(refused_online), sum(fee_paid), sum(fee_paid_online), sum(rated_1),
    sum(rated_2), sum(rated_3), sum(rated_4), sum(rated_5)
    FROM unnest(changes)
    GROUP BY day, procedure_id
    HAVING sum(received) <> 0 OR sum(received_online) <> 0 OR sum(digitised) <> 0 OR sum(decided) <> 0 OR
      sum(decided_late) <> 0 OR sum(timed) <> 0 OR sum(timed_working_ms) <> 0 OR sum(refused_online) <> 0 OR
      sum(fee_paid) <> 0 OR sum(fee_paid_online) <> 0 OR sum(rated_1) <> 0 OR sum(rated_2) <> 0 OR
      sum(rated_3) <> 0 OR sum(rated_4) <> 0 OR sum(rated_5) <> 0;
$$;

CREATE FUNCTION dossier_day_facts_negated(d dossiers) RETURNS SETOF dossier_day_counts LANGUAGE sql STABLE AS $$
  SELECT f.day, f.procedure_id, -f.received, -f.received_online, -f.digitised, -f.decided,
    -f.decided_late, -f.timed, -f.timed_working_ms, -f.refused_online, -f.fee_paid, -f.fee_paid_online,
    -f.rated_1, -f.rated_2, -f.rated_3, -f.rated_4, -f.rated_5
  FROM dossier_day_facts(d) f
$$;

CREATE FUNCTION dossiers_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.status = NEW.status AND OLD.received_at IS NOT DISTINCT FROM NEW.received_at
     AND OLD.decided_at IS NOT DISTINCT FROM NEW.decided_at AND OLD.submitted_at IS NOT DISTINCT FROM NEW.submitted_at
     AND OLD.procedure_id = NEW.procedure_id AND OLD.channel = NEW.channel AND OLD.digitised = NEW.digitised
     AND OLD.apology_count = NEW.apology_count AND OLD.supplement_count = NEW.supplement_count
     AND OLD.appointment_at IS NOT DISTINCT FROM NEW.appointment_at
     AND OLD.processing_working_ms IS NOT DISTINCT FROM NEW.processing_working_ms
     AND OLD.fee_amount = NEW.fee_amount AND OLD.fee_paid_at IS NOT DISTINCT FROM NEW.fee_paid_at THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM NEW.status THEN
    INSERT INTO dossier_status_counts (status, count)
      SELECT s.status, s.count FROM (VALUES (OLD.status, -1), (NEW.status, 1)) AS s(status, count) WHERE s.status IS NOT NULL;
  END IF;
  PERFORM dossier_counts_add(ARRAY(
    SELECT f FROM dossier_day_facts(NEW) f WHERE TG_OP <> 'DELETE'
    UNION ALL
    SELECT f FROM dossier_day_facts_negated(OLD) f WHERE TG_OP <> 'INSERT'
  ));
  RETURN NULL;
END;
$$;
CREATE TRIGGER dossiers_counts AFTER INSERT OR UPDATE OR DELETE ON dossiers
  FOR EACH ROW EXECUTE FUNCTION dossiers_count();

-- A rating or a payment changes what its dossier counts. The dossier's row is locked first,
-- as any change to the dossier locks it: the dossier's own trigger reads the ratings and
-- payments, so the two never count from different states. Then the dossier's facts without
-- the changed row are taken from its facts with it.
CREATE FUNCTION dossier_ratings_count() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  d dossiers;
BEGIN
  FOR d IN SELECT * FROM dossiers WHERE id IN (OLD.dossier_id, NEW.dossier_id) ORDER BY id FOR NO KEY UPDATE LOOP
    IF d.decided_at IS NULL THEN CONTINUE; END IF;
    PERFORM dossier_counts_add(ARRAY(
      SELECT ROW((d.decided_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, d.procedure_id, 0, 0, 0, 0, 0, 0, 0::bigint, 0, 0, 0,
        (c.level = 1)::int * c.sign, (c.level = 2)::int * c.sign, (c.level = 3)::int * c.sign,
        (c.level = 4)::int * c.sign, (c.level = 5)::int * c.sign)::dossier_day_counts
      FROM (SELECT NEW.level::int, 1 WHERE TG_OP <> 'DELETE' AND NEW.dossier_id = d.id
            UNION ALL SELECT OLD.level::int, -1 WHERE TG_OP <> 'INSERT' AND OLD.dossier_id = d.id) c(level, sign)
    ));
  END LOOP;
  RETURN NULL;
END;
$$;
CREATE TRIGGER dossier_ratings_counts AFTER INSERT OR UPDATE OF dossier_id, level OR DELETE ON dossier_ratings
  FOR EACH ROW EXECUTE FUNCTION dossier_ratings_count();

-- Payments are append-only (migration 030): only a new one changes the counts, when it is
-- the dossier's first online payment and the fee is already paid in full.
CREATE FUNCTION fee_payments_count() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  d dossiers;
BEGIN
  IF NEW.method <> 'online' THEN RETURN NULL; END IF;
  SELECT * INTO d FROM dossiers WHERE id = NEW.dossier_id FOR NO KEY UPDATE;
  IF d.fee_amount > 0 AND d.fee_paid_at IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM fee_payments fp WHERE fp.dossier_id = d.id AND fp.method = 'online' AND fp.id <> NEW.id) THEN
    INSERT INTO dossier_day_counts (day, procedure_id, fee_paid_online)
      VALUES ((d.fee_paid_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, d.procedure_id, 1);
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER fee_payments_counts AFTER INSERT ON fee_payments
  FOR EACH ROW EXECUTE FUNCTION fee_payments_count();

-- Folds the increments into one row per day and procedure, and per status.
CREATE FUNCTION compact_dossier_counts() RETURNS void LANGUAGE sql AS $$
  WITH split AS (
    SELECT day, procedure_id FROM dossier_day_counts GROUP BY day, procedure_id HAVING count(*) > 1
  ), gone AS (
    DELETE FROM dossier_day_counts c USING split
    WHERE c.day = split.day AND c.procedure_id = split.procedure_id RETURNING c.*
  )
  INSERT INTO dossier_day_counts
    SELECT day, procedure_id,
    sum(received), sum(received_online), sum(digitised), sum(decided), sum(decided_late), sum(timed),
    sum(timed_working_ms), sum(refused_online), sum(fee_paid), sum(fee_paid_online), sum(rated_1),
    sum(rated_2), sum(rated_3), sum(rated_4), sum(rated_5)
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
    SELECT f.day, f.procedure_id,
    sum(f.received), sum(f.received_online), sum(f.digitised), sum(f.decided), sum(f.decided_late),
    sum(f.timed), sum(f.timed_working_ms), sum(f.refused_online), sum(f.fee_paid), sum(f.fee_paid_online),
    sum(f.rated_1), sum(f.rated_2), sum(f.rated_3), sum(f.rated_4), sum(f.rated_5)
    FROM dossiers d, dossier_day_facts(d) f GROUP BY f.day, f.procedure_id;
  DELETE FROM dossier_status_counts;
  INSERT INTO dossier_status_counts SELECT status, count(*) FROM dossiers GROUP BY status;
$$;
SELECT refresh_dossier_counts();

-- The overview's open load per handler reads only this index.
CREATE INDEX dossiers_handler_open_load_idx ON dossiers (handler_user_id) INCLUDE (appointment_at)
  WHERE status IN ('received', 'awaiting_assignment', 'processing', 'awaiting_approval');
