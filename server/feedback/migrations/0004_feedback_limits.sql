-- Who has already counted for a logged question: one row per question and client, so twenty ratings from one
-- client count once. rater is a hash of the client's address and the question (question-log.ts), never the
-- address itself; rows are deleted with the question log's retention period.
CREATE TABLE IF NOT EXISTS question_raters (
  question_key TEXT NOT NULL,
  rater TEXT NOT NULL,
  rated_at TEXT NOT NULL,
  PRIMARY KEY (question_key, rater)
);
CREATE INDEX IF NOT EXISTS question_raters_rated_at ON question_raters (rated_at);
-- The feedback table's retention period and size cap delete by age and by id.
CREATE INDEX IF NOT EXISTS feedback_created_at ON feedback (created_at);
