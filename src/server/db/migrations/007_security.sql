-- Hardening: forced password changes, login throttling shared by every server process,
-- session lifetimes as settings, and sessions that end when their user is deactivated.

-- Set for the first administrator (its password was printed or came from the environment)
-- and by an administrator for any user; cleared when the user picks a new password.
ALTER TABLE users ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;
ALTER TABLE users ADD COLUMN password_changed_at timestamptz;

-- Failed logins per key: 'user:<lower-case username>' (known or not, so the answer never
-- tells which usernames exist) and 'address:<client address>'. Several API processes may
-- share one database, so the counters live here rather than in memory.
CREATE TABLE login_throttle (
  key              text PRIMARY KEY,
  failures         integer NOT NULL,
  last_failure_at  timestamptz NOT NULL,
  locked_until     timestamptz
);
CREATE INDEX login_throttle_last_failure_idx ON login_throttle (last_failure_at);

-- Idle timeout and absolute lifetime of a session (read at every request; code falls back
-- to the same defaults when the row is missing).
INSERT INTO settings (key, value) VALUES ('sessions', '{"idleMinutes": 60, "absoluteHours": 12}')
  ON CONFLICT (key) DO NOTHING;

CREATE INDEX sessions_expires_idx ON sessions (expires_at);

-- A deactivated user is signed out everywhere at once, whichever code path deactivates them.
CREATE FUNCTION users_end_sessions_when_deactivated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.active AND NOT NEW.active THEN
    DELETE FROM sessions WHERE user_id = NEW.id;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER users_deactivated_sessions AFTER UPDATE OF active ON users
  FOR EACH ROW EXECUTE FUNCTION users_end_sessions_when_deactivated();
