-- Name search that does not grow with the table (README "Performance", "Search").
--
-- The search box matches a typed text anywhere in the folded search text. For names, a
-- trigram index has to read huge lists for common fragments ("ngu", "van", "thi") and then
-- every candidate row. Instead every run of 1 to 4 consecutive words is stored as one
-- element of `search_words`, with an exact GIN index, and a dictionary of the words turns
-- a typed text into the elements that contain it (src/server/services/search.ts):
-- "nguyen va" → {"nguyen van", "nguyen vang"}. A word here is a stretch of letters a–z; a
-- run continues only across one space, so any other character (a digit, ".", "'") ends it,
-- and the elements contain exactly the letters-and-spaces stretches a typed name can match.
-- A text with digits or other characters (codes, ID numbers, phones) keeps the trigram index.

CREATE FUNCTION search_word_runs(search_text text) RETURNS text[] LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  runs text[] := '{}';
  stretch text;
  words text[];
BEGIN
  FOREACH stretch IN ARRAY regexp_split_to_array(search_text, '[^a-z ]+') LOOP
    words := array_remove(string_to_array(stretch, ' '), '');
    FOR i IN 1 .. coalesce(array_length(words, 1), 0) LOOP
      FOR j IN greatest(1, i - 3) .. i LOOP
        runs := runs || array_to_string(words[j:i], ' ');
      END LOOP;
    END LOOP;
  END LOOP;
  RETURN runs;
END;
$$;

ALTER TABLE dossiers ADD COLUMN search_words text[] GENERATED ALWAYS AS (search_word_runs(search_text)) STORED;
-- fastupdate off: a new dossier is searchable through the index itself, never a pending list
-- every search would have to read.
CREATE INDEX dossiers_search_words_idx ON dossiers USING gin (search_words) WITH (fastupdate = off);

-- Every plain word that occurs in a search text, once. Small (the words of names), so the
-- typed fragments are matched against it with a plain scan.
CREATE TABLE search_dictionary (word text PRIMARY KEY);

CREATE FUNCTION dossiers_search_dictionary() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- In word order, so two receipts adding the same new words never wait on each other in a cycle.
  INSERT INTO search_dictionary (word)
    SELECT DISTINCT w FROM unnest(NEW.search_words) AS w WHERE position(' ' IN w) = 0 ORDER BY w
    ON CONFLICT (word) DO NOTHING;
  RETURN NULL;
END;
$$;
CREATE TRIGGER dossiers_search_dictionary AFTER INSERT OR UPDATE OF search_text ON dossiers
  FOR EACH ROW EXECUTE FUNCTION dossiers_search_dictionary();

-- Fills the dictionary from the dossiers in one pass: here, and after a bulk load that set the
-- trigger aside (the bench's generator).
CREATE FUNCTION refresh_search_dictionary() RETURNS void LANGUAGE sql AS $$
  INSERT INTO search_dictionary (word)
    SELECT DISTINCT w FROM dossiers, unnest(search_words) AS w WHERE position(' ' IN w) = 0
    ON CONFLICT (word) DO NOTHING;
$$;
SELECT refresh_search_dictionary();
