-- Which working-time calendar the database holds: a fresh random value every time a
-- statement changes the calendar's days or the settings (the working hours are a setting).
-- A server process keeps the calendar it built under this value and reads only the value
-- on the next request (src/server/services/calendar-service.ts), instead of every setting and
-- day of the calendar each time. Random rather than a counter, so databases copied from one
-- template share a value only while their calendars are the same.
CREATE TABLE calendar_revision (
  only_row  boolean PRIMARY KEY DEFAULT true CHECK (only_row),
  revision  uuid NOT NULL DEFAULT gen_random_uuid()
);
INSERT INTO calendar_revision DEFAULT VALUES;

CREATE FUNCTION new_calendar_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE calendar_revision SET revision = gen_random_uuid();
  RETURN NULL;
END
$$;

CREATE TRIGGER calendar_days_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON calendar_days
  FOR EACH STATEMENT EXECUTE FUNCTION new_calendar_revision();
CREATE TRIGGER settings_calendar_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON settings
  FOR EACH STATEMENT EXECUTE FUNCTION new_calendar_revision();
