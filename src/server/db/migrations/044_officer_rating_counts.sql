-- The overview's satisfaction per officer (the desk officer who returned the result, and the
-- handler) over the dossiers decided in the period, kept as counts per Vietnam day of the
-- decision, officer and level, as migration 041 keeps the day counts: a month's figures
-- then add up a few hundred rows instead of joining a month of ratings to the dossiers and
-- their events (half a second at a province's million dossiers).
--
-- A rating counts for its dossier's handler and for whoever returned the result (the list's
-- `handlerId` and `returnedById` filters), on the day the dossier was decided. In the
-- workflow a rating comes after the return (src/domain/dossier-lifecycle.ts: `rate` from
-- `returned`, the last status), so only the rating's trigger changes the counts; the
-- dossier's and the events' triggers keep them exact whatever else is written.
CREATE TABLE dossier_officer_rating_counts (
  day      date NOT NULL,   -- Vietnam date of the decision (decided_at)
  user_id  uuid NOT NULL REFERENCES users(id),
  role     text NOT NULL CHECK (role IN ('desk_officer', 'handler')),
  rated_1  integer NOT NULL DEFAULT 0,
  rated_2  integer NOT NULL DEFAULT 0,
  rated_3  integer NOT NULL DEFAULT 0,
  rated_4  integer NOT NULL DEFAULT 0,
  rated_5  integer NOT NULL DEFAULT 0
);
CREATE INDEX dossier_officer_rating_counts_day_idx ON dossier_officer_rating_counts (day);

-- What a dossier rated `level` adds (sign 1) or takes away (sign -1) for each of its officers.
-- `returners` are the desk officers who returned its result.
CREATE FUNCTION dossier_officer_rating_facts(d dossiers, level integer, sign integer, returners uuid[])
  RETURNS SETOF dossier_officer_rating_counts LANGUAGE sql STABLE AS $$
  SELECT (d.decided_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, o.user_id, o.role,
    (level = 1)::int * sign, (level = 2)::int * sign, (level = 3)::int * sign, (level = 4)::int * sign, (level = 5)::int * sign
  FROM (SELECT d.handler_user_id, 'handler' WHERE d.handler_user_id IS NOT NULL
        UNION ALL SELECT r.user_id, 'desk_officer' FROM unnest(returners) AS r(user_id) WHERE r.user_id IS NOT NULL) o(user_id, role)
  WHERE d.decided_at IS NOT NULL AND level IS NOT NULL
$$;

CREATE FUNCTION dossier_returners(dossier_id uuid) RETURNS uuid[] LANGUAGE sql STABLE AS $$
  SELECT coalesce(array_agg(e.actor_user_id), '{}') FROM dossier_events e
  WHERE e.dossier_id = $1 AND e.action = 'return_result' AND e.actor_user_id IS NOT NULL
$$;

-- Adds increments, one row per day, officer and role, leaving out those that cancel out.
CREATE FUNCTION officer_rating_counts_add(changes dossier_officer_rating_counts[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO dossier_officer_rating_counts
    SELECT day, user_id, role, sum(rated_1), sum(rated_2), sum(rated_3), sum(rated_4), sum(rated_5)
    FROM unnest(changes) GROUP BY day, user_id, role
    HAVING sum(rated_1) <> 0 OR sum(rated_2) <> 0 OR sum(rated_3) <> 0 OR sum(rated_4) <> 0 OR sum(rated_5) <> 0;
$$;

-- A rating given, changed or taken back (the day counts as before, migration 041).
CREATE OR REPLACE FUNCTION dossier_ratings_count() RETURNS trigger LANGUAGE plpgsql AS $$
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
    PERFORM officer_rating_counts_add(ARRAY(
      SELECT f FROM (SELECT NEW.level::int, 1 WHERE TG_OP <> 'DELETE' AND NEW.dossier_id = d.id
                     UNION ALL SELECT OLD.level::int, -1 WHERE TG_OP <> 'INSERT' AND OLD.dossier_id = d.id) c(level, sign),
        dossier_officer_rating_facts(d, c.level, c.sign, dossier_returners(d.id)) f
    ));
  END LOOP;
  RETURN NULL;
END;
$$;

-- A rated dossier whose decision day or handler changes moves its rating between rows.
CREATE FUNCTION dossiers_officer_rating_count() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  rated integer;
  returners uuid[];
BEGIN
  SELECT r.level INTO rated FROM dossier_ratings r WHERE r.dossier_id = NEW.id;
  IF rated IS NULL THEN RETURN NULL; END IF;
  returners := dossier_returners(NEW.id);
  PERFORM officer_rating_counts_add(ARRAY(
    SELECT f FROM dossier_officer_rating_facts(NEW, rated, 1, returners) f
    UNION ALL SELECT f FROM dossier_officer_rating_facts(OLD, rated, -1, returners) f
  ));
  RETURN NULL;
END;
$$;
CREATE TRIGGER dossiers_officer_rating_counts AFTER UPDATE OF decided_at, handler_user_id ON dossiers
  FOR EACH ROW WHEN (OLD.decided_at IS DISTINCT FROM NEW.decided_at OR OLD.handler_user_id IS DISTINCT FROM NEW.handler_user_id)
  EXECUTE FUNCTION dossiers_officer_rating_count();

-- A result returned for a dossier already rated (events are append-only, migration 001).
CREATE FUNCTION dossier_events_officer_rating_count() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  d dossiers;
  rated integer;
BEGIN
  SELECT * INTO d FROM dossiers WHERE id = NEW.dossier_id FOR NO KEY UPDATE;
  SELECT r.level INTO rated FROM dossier_ratings r WHERE r.dossier_id = d.id;
  IF rated IS NULL THEN RETURN NULL; END IF;
  -- Only the desk officer's row: the handler is not the event's.
  PERFORM officer_rating_counts_add(ARRAY(
    SELECT f FROM dossier_officer_rating_facts(d, rated, 1, ARRAY[NEW.actor_user_id]) f WHERE f.role = 'desk_officer'
  ));
  RETURN NULL;
END;
$$;
CREATE TRIGGER dossier_events_officer_rating_counts AFTER INSERT ON dossier_events
  FOR EACH ROW WHEN (NEW.action = 'return_result') EXECUTE FUNCTION dossier_events_officer_rating_count();

-- Folds the increments, as for the day counts (compact_dossier_counts, migration 041).
CREATE FUNCTION compact_officer_rating_counts() RETURNS void LANGUAGE sql AS $$
  WITH split AS (
    SELECT day, user_id, role FROM dossier_officer_rating_counts GROUP BY day, user_id, role HAVING count(*) > 1
  ), gone AS (
    DELETE FROM dossier_officer_rating_counts c USING split
    WHERE c.day = split.day AND c.user_id = split.user_id AND c.role = split.role RETURNING c.*
  )
  INSERT INTO dossier_officer_rating_counts
    SELECT day, user_id, role, sum(rated_1), sum(rated_2), sum(rated_3), sum(rated_4), sum(rated_5)
    FROM gone GROUP BY day, user_id, role;
$$;

-- Counts everything again from the ratings: here, and after a bulk load that set the
-- triggers aside (the bench's generator).
CREATE FUNCTION refresh_officer_rating_counts() RETURNS void LANGUAGE sql AS $$
  DELETE FROM dossier_officer_rating_counts;
  INSERT INTO dossier_officer_rating_counts
    SELECT f.day, f.user_id, f.role, sum(f.rated_1), sum(f.rated_2), sum(f.rated_3), sum(f.rated_4), sum(f.rated_5)
    FROM dossiers d JOIN dossier_ratings r ON r.dossier_id = d.id,
      dossier_officer_rating_facts(d, r.level, 1, dossier_returners(d.id)) f
    GROUP BY f.day, f.user_id, f.role;
$$;
SELECT refresh_officer_rating_counts();
