-- 001: problem reports. One row per open problem (listing + reason), one row per person who reported it.
-- No name, e-mail, location, IP address or anything derived from one is stored here.

CREATE TABLE report_problems (
  id INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  listing_kind TEXT NOT NULL CHECK (listing_kind IN ('location', 'service')),
  listing_id TEXT NOT NULL CHECK (char_length(listing_id) BETWEEN 1 AND 160),
  source_id TEXT NOT NULL CHECK (char_length(source_id) BETWEEN 1 AND 160),
  record_id TEXT NOT NULL CHECK (char_length(record_id) BETWEEN 1 AND 300),
  reason TEXT NOT NULL CHECK (reason IN ('closed-or-moved', 'wrong-hours', 'wrong-phone', 'wrong-address', 'service-not-offered', 'other')),
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved', 'not-reproducible')),
  opened_at TIMESTAMPTZ NOT NULL,
  last_reported_at TIMESTAMPTZ NOT NULL,
  closed_at TIMESTAMPTZ
);

-- Reports on the same listing with the same reason are counted on one open problem, never duplicated.
CREATE UNIQUE INDEX report_problems_one_open ON report_problems (listing_kind, listing_id, reason) WHERE status = 'open';
CREATE INDEX report_problems_by_source ON report_problems (source_id, status);

CREATE TABLE report_submissions (
  id INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  problem_id INTEGER NOT NULL REFERENCES report_problems (id) ON DELETE CASCADE,
  received_at TIMESTAMPTZ NOT NULL,
  visited_on DATE,
  -- plain text, at most 500 characters; shown to stewards as text only, never as HTML
  note TEXT CHECK (note IS NULL OR char_length(note) <= 500),
  locale TEXT NOT NULL CHECK (locale IN ('en', 'fr'))
);

CREATE INDEX report_submissions_by_problem ON report_submissions (problem_id, received_at);
