-- Written guidance (form 02) and refusals (form 03) given at the desk to a walk-in whose
-- papers are incomplete or not acceptable. No dossier is created, but the slip is logged
-- and numbered so it can be reprinted and counted.
CREATE TABLE intake_slips (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind               text NOT NULL CHECK (kind IN ('guidance', 'refusal')),
  number             text NOT NULL UNIQUE,
  unit_id            uuid NOT NULL REFERENCES units(id),
  procedure_id       uuid NOT NULL REFERENCES procedures(id),
  applicant_name     text NOT NULL,
  applicant_id_number text,
  applicant_phone    text,
  applicant_address  text NOT NULL DEFAULT '',
  items              jsonb NOT NULL DEFAULT '[]'::jsonb,   -- [{ name, note }] documents to add or fix
  reason             text NOT NULL,
  officer_id         uuid NOT NULL REFERENCES users(id),
  created_at         timestamptz NOT NULL
);
CREATE INDEX intake_slips_created_idx ON intake_slips (created_at DESC);

CREATE TABLE intake_slip_counters (
  unit_id      uuid NOT NULL REFERENCES units(id),
  kind         text NOT NULL,
  year         integer NOT NULL,
  last_number  integer NOT NULL,
  PRIMARY KEY (unit_id, kind, year)
);
