-- Citizens see and judge the service (README "Citizens, fees and satisfaction"): fees paid
-- at the desk or online, the applicant's rating, and the public lookup's rate limit.

-- When a procedure version's fees are due: at receipt, or before the result is returned
-- (the return is refused while they are unpaid).
ALTER TABLE procedures ADD COLUMN fee_due text NOT NULL DEFAULT 'at_receipt' CHECK (fee_due IN ('at_receipt', 'before_return'));

-- What has been paid of the dossier's fee (`fee_amount`, set at receipt) and when it was paid
-- in full: kept with each payment, in the same transaction, so lists filter on them cheaply.
ALTER TABLE dossiers ADD COLUMN fee_paid_amount integer NOT NULL DEFAULT 0 CHECK (fee_paid_amount >= 0);
ALTER TABLE dossiers ADD COLUMN fee_paid_at timestamptz;
-- A flag nothing kept up to date; the payments say it now.
ALTER TABLE dossiers DROP COLUMN fee_paid;
CREATE INDEX dossiers_fee_paid_at_idx ON dossiers (fee_paid_at) WHERE fee_paid_at IS NOT NULL;

-- Each payment, as the desk wrote out its receipt or as the portal reported it. Money
-- records are never changed: like the history, the table is append-only.
CREATE TABLE fee_payments (
  id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  dossier_id             uuid NOT NULL REFERENCES dossiers(id),
  event_id               uuid NOT NULL REFERENCES dossier_events(id),
  amount                 integer NOT NULL CHECK (amount > 0),          -- đồng
  method                 text NOT NULL CHECK (method IN ('cash', 'transfer', 'online')),
  receipt_number         text,                                         -- the desk's receipt book
  portal_transaction_id  text UNIQUE,                                  -- online: the portal's id (idempotency)
  payer_name             text NOT NULL,
  paid_at                timestamptz NOT NULL,
  recorded_by            uuid REFERENCES users(id),                    -- null: reported by the portal
  recorded_at            timestamptz NOT NULL,
  note                   text NOT NULL DEFAULT '',
  CHECK ((method = 'online') = (portal_transaction_id IS NOT NULL))
);
CREATE INDEX fee_payments_dossier_idx ON fee_payments (dossier_id, method);

CREATE FUNCTION fee_payments_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'fee_payments is append-only';
END;
$$;
CREATE TRIGGER fee_payments_no_update BEFORE UPDATE OR DELETE ON fee_payments
  FOR EACH ROW EXECUTE FUNCTION fee_payments_append_only();

-- The applicant's rating: once per dossier, after the result is returned.
CREATE TABLE dossier_ratings (
  dossier_id  uuid PRIMARY KEY REFERENCES dossiers(id),
  event_id    uuid NOT NULL REFERENCES dossier_events(id),
  level       smallint NOT NULL CHECK (level BETWEEN 1 AND 5),
  comment     text NOT NULL DEFAULT '',
  channel     text NOT NULL CHECK (channel IN ('counter', 'lookup')),
  rated_at    timestamptz NOT NULL
);
CREATE INDEX dossier_ratings_rated_at_idx ON dossier_ratings (rated_at);

-- Requests per key (the public lookup: 'lookup:<client address>') in a fixed window, in the
-- database so that every server process counts the same.
CREATE TABLE request_throttle (
  key                text PRIMARY KEY,
  window_started_at  timestamptz NOT NULL,
  requests           integer NOT NULL
);
CREATE INDEX request_throttle_window_idx ON request_throttle (window_started_at);
