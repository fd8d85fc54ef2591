-- Helpers who join for a crisis day (docs/decisions/032-helpers.md) have
-- their audit entries marked. Only a PostgreSQL desk has helpers (a team
-- login with an end date, which marks them itself); a SQLite workspace
-- keeps the column, always false, so that both read alike.
ALTER TABLE audit ADD COLUMN helper INTEGER NOT NULL DEFAULT 0;
