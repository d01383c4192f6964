/**
 * Applies ./migrations/*.sql to a SQLite database on Node, in name order, each once — the same files
 * `wrangler d1 migrations apply` runs on D1, tracked the way wrangler tracks them (table d1_migrations).
 */
import { readdirSync, readFileSync } from 'node:fs';
import type Sqlite from 'better-sqlite3';

/** The migrations directory, shared with wrangler.toml's `migrations_dir`. */
const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);

/**
 * wrangler's own bookkeeping table, with its columns, so a database file reads the same to both tools.
 * It is not part of the schema: it records which migrations built the schema.
 */
const TRACKING_SQL = `CREATE TABLE IF NOT EXISTS d1_migrations (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT UNIQUE,
  applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL
)`;

/** The migration files, in the order they apply. */
export function migrationFiles(dir: URL = MIGRATIONS_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.sql'))
    .sort();
}

/** Applies every migration not yet recorded, each in its own transaction; returns the names applied now. */
export function applyMigrations(db: Sqlite.Database, dir: URL = MIGRATIONS_DIR): string[] {
  db.exec(TRACKING_SQL);
  const done = new Set(db.prepare<[], { name: string }>('SELECT name FROM d1_migrations').all().map((r) => r.name));
  const record = db.prepare<[string]>('INSERT INTO d1_migrations (name) VALUES (?)');
  const applied: string[] = [];
  for (const name of migrationFiles(dir)) {
    if (done.has(name)) continue;
    const sql = readFileSync(new URL(name, dir), 'utf8');
    db.transaction(() => {
      db.exec(sql);
      record.run(name);
    })();
    applied.push(name);
  }
  return applied;
}
