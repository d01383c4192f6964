-- The question log staff read as 未解决问题: questions answered no_match or rated wrong, personal data masked,
-- one row per normalized question (question_key). question holds the latest masked wording; nothing else a
-- person typed is kept. Rows whose last_asked_at is older than the retention period are deleted.
CREATE TABLE question_log (
  question_key TEXT PRIMARY KEY,
  question TEXT NOT NULL,
  reason TEXT NOT NULL CHECK (reason IN ('no_match', 'wrong_answer', 'wrong_citation')),
  count INTEGER NOT NULL,
  last_asked_at TEXT NOT NULL
);
CREATE INDEX question_log_last_asked_at ON question_log (last_asked_at);
