-- The feedback table: what a person thought of one answer (server/feedback/feedback-table.ts reads and writes it).
CREATE TABLE IF NOT EXISTS feedback (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  created_at TEXT NOT NULL,
  rating TEXT NOT NULL CHECK (rating IN ('helpful', 'wrong_citation', 'wrong_answer')),
  question TEXT NOT NULL,
  answer TEXT NOT NULL,
  citation_ids TEXT NOT NULL,
  comment TEXT
);
