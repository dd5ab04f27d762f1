-- The data model (docs/architecture.md). Runs on PostgreSQL 15 and PGlite (PostgreSQL 18).

CREATE TABLE units (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code        text NOT NULL UNIQUE,          -- QCVN 102:2016 identifier, e.g. 000.17.22.H56
  name        text NOT NULL,
  short_name  text NOT NULL,
  kind        text NOT NULL CHECK (kind IN ('centre', 'department', 'external')),
  parent_id   uuid REFERENCES units(id),
  active      boolean NOT NULL DEFAULT true,
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  username       text NOT NULL UNIQUE,
  full_name      text NOT NULL,
  title          text NOT NULL DEFAULT '',
  role           text NOT NULL CHECK (role IN ('desk_officer', 'department_head', 'handler', 'chairperson', 'admin')),
  unit_id        uuid NOT NULL REFERENCES units(id),
  phone          text,
  email          text,
  password_hash  text NOT NULL,              -- scrypt$N$r$p$salt$hash (base64)
  active         boolean NOT NULL DEFAULT true,
  version        integer NOT NULL DEFAULT 1,
  created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX users_unit_idx ON users (unit_id);

CREATE TABLE sessions (
  token_hash    text PRIMARY KEY,            -- sha-256 of the cookie value; the value itself is never stored
  user_id       uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at    timestamptz NOT NULL DEFAULT now(),
  expires_at    timestamptz NOT NULL,
  last_seen_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

CREATE TABLE fields (
  id    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code  text NOT NULL UNIQUE,
  name  text NOT NULL
);

CREATE TABLE procedures (
  id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code                   text NOT NULL,      -- national procedure code
  name                   text NOT NULL,
  field_id               uuid NOT NULL REFERENCES fields(id),
  duration_unit          text NOT NULL CHECK (duration_unit IN ('working_days', 'working_hours', 'calendar_days', 'same_day')),
  duration_amount        integer NOT NULL DEFAULT 0 CHECK (duration_amount >= 0),
  fee_amount             integer NOT NULL DEFAULT 0 CHECK (fee_amount >= 0),  -- đồng
  fee_note               text NOT NULL DEFAULT '',
  deciding_unit_id       uuid NOT NULL REFERENCES units(id),
  supplement_clock       text NOT NULL DEFAULT 'pause' CHECK (supplement_clock IN ('pause', 'restart')),
  online_level           text NOT NULL DEFAULT 'partial' CHECK (online_level IN ('full', 'partial', 'none')),
  effective_from         date NOT NULL,
  effective_to           date,
  active                 boolean NOT NULL DEFAULT true,
  version                integer NOT NULL DEFAULT 1,
  UNIQUE (code, effective_from)
);

CREATE TABLE procedure_documents (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  procedure_id  uuid NOT NULL REFERENCES procedures(id) ON DELETE CASCADE,
  position      integer NOT NULL,
  name          text NOT NULL,
  required      boolean NOT NULL DEFAULT true,
  default_form  text NOT NULL DEFAULT 'original' CHECK (default_form IN ('original', 'certified_copy', 'photocopy')),
  default_count integer NOT NULL DEFAULT 1,
  UNIQUE (procedure_id, position)
);

CREATE TABLE calendar_days (
  day   date PRIMARY KEY,
  kind  text NOT NULL CHECK (kind IN ('holiday', 'working_day')),
  name  text NOT NULL
);

CREATE TABLE settings (
  key    text PRIMARY KEY,
  value  jsonb NOT NULL
);

CREATE TABLE dossiers (
  id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code                   text NOT NULL UNIQUE,
  unit_id                uuid NOT NULL REFERENCES units(id),   -- receiving unit (the centre)
  procedure_id           uuid NOT NULL REFERENCES procedures(id),
  channel                text NOT NULL CHECK (channel IN ('walk_in', 'online', 'postal')),
  portal_submission_id   text UNIQUE,
  status                 text NOT NULL,
  applicant_name         text NOT NULL,
  applicant_id_number    text,
  applicant_phone        text,
  applicant_email        text,
  applicant_address      text NOT NULL DEFAULT '',
  submitter_name         text,
  submitter_id_number    text,
  submitter_phone        text,
  search_text            text NOT NULL,      -- accent-folded, lower-case: code, names, ID, phone
  holder_unit_id         uuid NOT NULL REFERENCES units(id),
  holder_user_id         uuid REFERENCES users(id),
  deciding_unit_id       uuid NOT NULL REFERENCES units(id),
  submitted_at           timestamptz,         -- online/postal arrival
  received_at            timestamptz,         -- the clock starts here
  appointment_at         timestamptz,
  original_appointment_at timestamptz,        -- kept when an apology sets a new one
  paused_at              timestamptz,
  paused_minutes         integer NOT NULL DEFAULT 0,
  supplement_count       integer NOT NULL DEFAULT 0,
  supplement_deadline_at timestamptz,
  apology_count          integer NOT NULL DEFAULT 0,
  sets_count             integer NOT NULL DEFAULT 1,
  fee_amount             integer NOT NULL DEFAULT 0,
  fee_paid               boolean NOT NULL DEFAULT false,
  return_method          text NOT NULL DEFAULT 'desk' CHECK (return_method IN ('desk', 'post', 'online')),
  result_kind            text CHECK (result_kind IN ('granted', 'denied')),
  result_number          text,
  result_summary         text,
  decided_at             timestamptz,
  finished_at            timestamptz,
  returned_at            timestamptz,
  returned_to            text,
  notes                  text NOT NULL DEFAULT '',
  register_book          text,
  register_number        integer,
  version                integer NOT NULL DEFAULT 1,
  created_at             timestamptz NOT NULL DEFAULT now(),
  updated_at             timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX dossiers_status_idx ON dossiers (status, appointment_at);
CREATE INDEX dossiers_holder_idx ON dossiers (holder_unit_id, holder_user_id, status);
CREATE INDEX dossiers_received_idx ON dossiers (received_at DESC);
CREATE INDEX dossiers_created_idx ON dossiers (created_at DESC);
CREATE INDEX dossiers_procedure_idx ON dossiers (procedure_id);

CREATE TABLE dossier_documents (
  id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  dossier_id             uuid NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
  procedure_document_id  uuid REFERENCES procedure_documents(id),
  position               integer NOT NULL,
  name                   text NOT NULL,
  received               boolean NOT NULL DEFAULT true,
  form                   text NOT NULL DEFAULT 'original' CHECK (form IN ('original', 'certified_copy', 'photocopy')),
  count                  integer NOT NULL DEFAULT 1 CHECK (count >= 0)
);
CREATE INDEX dossier_documents_dossier_idx ON dossier_documents (dossier_id);

CREATE TABLE attachments (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  dossier_id           uuid NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
  dossier_document_id  uuid REFERENCES dossier_documents(id),
  event_id             uuid,
  kind                 text NOT NULL DEFAULT 'document' CHECK (kind IN ('document', 'supplement', 'result')),
  file_name            text NOT NULL,
  content_type         text NOT NULL,
  size_bytes           integer NOT NULL,
  content              bytea NOT NULL,
  uploaded_by          uuid REFERENCES users(id),
  uploaded_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX attachments_dossier_idx ON attachments (dossier_id);

-- Append-only: the status history and the control slip (form 06). Nothing updates or deletes rows.
CREATE TABLE dossier_events (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  dossier_id        uuid NOT NULL REFERENCES dossiers(id),
  seq               integer NOT NULL,
  at                timestamptz NOT NULL,
  actor_user_id     uuid REFERENCES users(id),
  actor_role        text,
  action            text NOT NULL,
  from_status       text,
  to_status         text NOT NULL,
  from_unit_id      uuid REFERENCES units(id),
  from_user_id      uuid REFERENCES users(id),
  to_unit_id        uuid REFERENCES units(id),
  to_user_id        uuid REFERENCES users(id),
  note              text NOT NULL DEFAULT '',
  details           jsonb NOT NULL DEFAULT '{}'::jsonb,
  leg_deadline_at   timestamptz,
  leg_result        text CHECK (leg_result IN ('early', 'on_time', 'late')),
  UNIQUE (dossier_id, seq)
);
CREATE INDEX dossier_events_at_idx ON dossier_events (at);

CREATE FUNCTION dossier_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'dossier_events is append-only';
END;
$$;
CREATE TRIGGER dossier_events_no_update BEFORE UPDATE OR DELETE ON dossier_events
  FOR EACH ROW EXECUTE FUNCTION dossier_events_append_only();

CREATE TABLE notifications (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  dossier_id   uuid NOT NULL REFERENCES dossiers(id),
  event_id     uuid REFERENCES dossier_events(id),
  channel      text NOT NULL CHECK (channel IN ('sms', 'email', 'zalo')),
  recipient    text NOT NULL,
  template     text NOT NULL,
  subject      text NOT NULL DEFAULT '',
  body         text NOT NULL,
  status       text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
  attempts     integer NOT NULL DEFAULT 0,
  last_error   text,
  created_at   timestamptz NOT NULL DEFAULT now(),
  sent_at      timestamptz
);
CREATE INDEX notifications_dossier_idx ON notifications (dossier_id);
CREATE INDEX notifications_pending_idx ON notifications (status) WHERE status = 'pending';

CREATE TABLE dossier_code_counters (
  unit_id      uuid NOT NULL REFERENCES units(id),
  day          date NOT NULL,
  last_number  integer NOT NULL,
  PRIMARY KEY (unit_id, day)
);

CREATE TABLE saved_views (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id     uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  name        text NOT NULL,
  query       text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (user_id, name)
);
