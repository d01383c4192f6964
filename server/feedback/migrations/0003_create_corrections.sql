-- Corrections staff make: a question (masked) and the clauses its answer must lead with, or out_of_scope = 1
-- for a no_match referral. One correction per normalized question: saving another replaces it.
-- clause_ids is a JSON array of clause ids.
CREATE TABLE corrections (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  created_at TEXT NOT NULL,
  question TEXT NOT NULL,
  question_key TEXT NOT NULL UNIQUE,
  clause_ids TEXT NOT NULL,
  out_of_scope INTEGER NOT NULL CHECK (out_of_scope IN (0, 1)),
  note TEXT
);
