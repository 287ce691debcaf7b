-- News articles and the review queue (docs/news-review.md). An article is kept once: by its URL
-- when it has one, and always by the hash of its text. A candidate is one event as the extractor
-- found it, waiting for an editor; the same event told by several articles is one candidate with
-- several sources (news_candidate_source). Decisions are kept in order for undo; the audit log
-- has them too, with the editor's reason.

CREATE TABLE news_article (
  id bigserial PRIMARY KEY,
  url text UNIQUE,                       -- absent for pasted text without a link
  published text,                        -- ISO day the article was published, when known
  title text,
  text text NOT NULL,                    -- the reduced text the candidates' offsets refer to
  content_hash text NOT NULL UNIQUE,     -- hex SHA-256 of `text`
  language text,
  fetched_at timestamptz NOT NULL DEFAULT now(),
  feed text,                             -- the feed it came from (news watch), else NULL
  submitted_by text NOT NULL
);

CREATE TABLE news_candidate (
  id bigserial PRIMARY KEY,
  article_id bigint NOT NULL REFERENCES news_article(id),  -- the first article that told it
  kind text NOT NULL,
  event_key text NOT NULL,               -- kind, day and the distinguishing fields: how sources are attached
  event jsonb NOT NULL,                  -- the NewsEvent (src/domain/news/candidate.ts) of the first article
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'rejected', 'merged', 'snoozed')),
  snooze_until timestamptz,
  reason text,
  decided_by text,
  decided_at timestamptz,
  record_kind text,                      -- the record created (accepted) or cited (merged / matched)
  record_id text,
  record_created boolean,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX news_candidate_status ON news_candidate (status, id);
CREATE INDEX news_candidate_key ON news_candidate (event_key);

CREATE TABLE news_candidate_source (
  candidate_id bigint NOT NULL REFERENCES news_candidate(id),
  article_id bigint NOT NULL REFERENCES news_article(id),
  event jsonb NOT NULL,                  -- the event as this article told it (its sentence and offsets)
  PRIMARY KEY (candidate_id, article_id)
);

-- Articles cited by a record beyond its own source_url (accept on a match, merge).
CREATE TABLE news_citation (
  record_kind text NOT NULL,
  record_id text NOT NULL,
  article_id bigint NOT NULL REFERENCES news_article(id),
  candidate_id bigint REFERENCES news_candidate(id),
  added_by text NOT NULL,
  added_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (record_kind, record_id, article_id)
);

-- Every decision in order, with the candidate's state before it: undo restores that state.
CREATE TABLE news_decision (
  id bigserial PRIMARY KEY,
  candidate_id bigint NOT NULL REFERENCES news_candidate(id),
  decision text NOT NULL,
  actor text NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  before jsonb NOT NULL,
  undone boolean NOT NULL DEFAULT false
);
CREATE INDEX news_decision_actor ON news_decision (actor, id);

-- news watch: what each feed said last time, for conditional GET.
CREATE TABLE news_feed_state (
  feed_url text PRIMARY KEY,
  etag text,
  last_modified text,
  polled_at timestamptz,
  status text,
  error text
);
