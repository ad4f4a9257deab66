-- SPDX-License-Identifier: MIT
-- The catalog's tables. Derived from kb/ by `sputnik build`; never edited by hand.
-- sputnik applies the schema/*.sql files in name order and then sets
-- PRAGMA user_version to the number of files, which read commands check on open.

CREATE TABLE country (
  id      TEXT PRIMARY KEY,
  name_en TEXT NOT NULL,
  name_ja TEXT NOT NULL
) STRICT;

CREATE TABLE era (
  id         TEXT PRIMARY KEY,
  name_en    TEXT NOT NULL,
  name_ja    TEXT NOT NULL,
  summary_en TEXT,
  summary_ja TEXT,
  start_year INTEGER NOT NULL,
  end_year   INTEGER NOT NULL,
  CHECK (start_year <= end_year)
) STRICT;

CREATE TABLE source (
  id         TEXT PRIMARY KEY,
  title      TEXT NOT NULL,
  publisher  TEXT NOT NULL,
  year       INTEGER NOT NULL,
  url        TEXT NOT NULL,
  author     TEXT,
  accessed   TEXT,
  is_primary INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
  file       TEXT NOT NULL,
  line       INTEGER NOT NULL
) STRICT;

-- Every dated entry; type-specific fields live in the tables below.
CREATE TABLE entry (
  id           TEXT PRIMARY KEY,
  type         TEXT NOT NULL CHECK (type IN ('moment', 'response', 'spillover', 'ai_event')),
  date_text    TEXT NOT NULL,     -- the kb spelling: 1957-10-04, 1960s, ~1965, -250
  date_display TEXT NOT NULL,     -- for people: 1957-10-04, 1960s, c. 1965, 250 BCE
  year         INTEGER NOT NULL,  -- signed; BCE negative
  month        INTEGER,
  day          INTEGER,
  precision    TEXT NOT NULL CHECK (precision IN ('day', 'month', 'year', 'decade', 'circa')),
  sort_key     INTEGER NOT NULL,  -- chronological order whatever the precision
  decade       INTEGER NOT NULL,
  span_start   INTEGER NOT NULL,  -- the years the date may mean: 1960s → 1960..1969, else year..year
  span_end     INTEGER NOT NULL,
  era          TEXT REFERENCES era (id),
  title_en     TEXT NOT NULL,
  title_ja     TEXT NOT NULL,
  summary_en   TEXT NOT NULL,
  summary_ja   TEXT NOT NULL,
  body_en      TEXT,
  body_ja      TEXT,
  note_en      TEXT,
  note_ja      TEXT,
  root_moment  TEXT REFERENCES entry (id) DEFERRABLE INITIALLY DEFERRED,
  country      TEXT REFERENCES country (id),
  same_as      TEXT REFERENCES entry (id) DEFERRABLE INITIALLY DEFERRED,
  file         TEXT NOT NULL,
  line         INTEGER NOT NULL
) STRICT;

CREATE TABLE moment (
  id            TEXT PRIMARY KEY REFERENCES entry (id),
  shocking      TEXT NOT NULL REFERENCES country (id),
  label         TEXT NOT NULL CHECK (label IN ('explicit', 'retrospective', 'loose', 'contested', 'none')),
  label_note_en TEXT,
  label_note_ja TEXT
) STRICT;

CREATE TABLE moment_shocked (
  moment_id TEXT NOT NULL REFERENCES moment (id),
  country   TEXT NOT NULL REFERENCES country (id),
  ord       INTEGER NOT NULL,
  PRIMARY KEY (moment_id, country)
) STRICT;

CREATE TABLE response (
  id        TEXT PRIMARY KEY REFERENCES entry (id),
  moment_id TEXT NOT NULL REFERENCES moment (id) DEFERRABLE INITIALLY DEFERRED,
  kind      TEXT NOT NULL,
  phase     TEXT NOT NULL CHECK (phase IN ('alarm', 'institutional-response', 'funding-wave', 'long-run-outcome'))
) STRICT;

CREATE TABLE spillover (
  id             TEXT PRIMARY KEY REFERENCES entry (id),
  category       TEXT NOT NULL,
  status         TEXT NOT NULL CHECK (status IN ('fact', 'disputed', 'myth')),
  how_en         TEXT NOT NULL,
  how_ja         TEXT,
  true_origin_en TEXT,
  true_origin_ja TEXT,
  lag_years      INTEGER,         -- years from the root moment; derived
  root_response  TEXT REFERENCES entry (id) DEFERRABLE INITIALLY DEFERRED  -- first response on the main line; derived
) STRICT;

CREATE TABLE spillover_from (
  spillover_id TEXT NOT NULL REFERENCES spillover (id) DEFERRABLE INITIALLY DEFERRED,
  from_id      TEXT NOT NULL REFERENCES entry (id) DEFERRABLE INITIALLY DEFERRED,
  ord          INTEGER NOT NULL,
  PRIMARY KEY (spillover_id, from_id)
) STRICT;

CREATE TABLE ai_event (
  id   TEXT PRIMARY KEY REFERENCES entry (id),
  kind TEXT NOT NULL
) STRICT;

CREATE TABLE analogy (
  id        TEXT PRIMARY KEY,
  from_id   TEXT NOT NULL REFERENCES entry (id) DEFERRABLE INITIALLY DEFERRED,
  to_id     TEXT NOT NULL REFERENCES entry (id) DEFERRABLE INITIALLY DEFERRED,
  phase     TEXT NOT NULL CHECK (phase IN ('shock', 'alarm', 'institutional-response', 'funding-wave', 'spillovers', 'long-run-outcome')),
  strength  TEXT NOT NULL CHECK (strength IN ('strong', 'partial', 'weak')),
  fits_en   TEXT NOT NULL,
  fits_ja   TEXT,
  breaks_en TEXT NOT NULL,
  breaks_ja TEXT,
  file      TEXT NOT NULL,
  line      INTEGER NOT NULL
) STRICT;

-- Which sources back an entry or an analogy (owner_id is either), in citation order.
CREATE TABLE citation (
  owner_id  TEXT NOT NULL,
  source_id TEXT NOT NULL REFERENCES source (id) DEFERRABLE INITIALLY DEFERRED,
  ord       INTEGER NOT NULL,
  PRIMARY KEY (owner_id, source_id)
) STRICT;

CREATE TABLE figure (
  entry_id  TEXT NOT NULL REFERENCES entry (id) DEFERRABLE INITIALLY DEFERRED,
  ord       INTEGER NOT NULL,
  value     REAL NOT NULL,
  unit      TEXT NOT NULL,
  what_en   TEXT NOT NULL,
  what_ja   TEXT,
  year      INTEGER,
  source_id TEXT REFERENCES source (id) DEFERRABLE INITIALLY DEFERRED,
  PRIMARY KEY (entry_id, ord)
) STRICT;

CREATE TABLE tag (
  entry_id TEXT NOT NULL REFERENCES entry (id) DEFERRABLE INITIALLY DEFERRED,
  tag      TEXT NOT NULL,
  PRIMARY KEY (entry_id, tag)
) STRICT;

-- Build facts: kb fingerprint, program version, counts.
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;
