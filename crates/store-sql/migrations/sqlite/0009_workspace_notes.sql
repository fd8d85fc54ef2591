-- What the workspace says about itself beside its data, by key: e.g.
-- `incomplete`, set while `bench generate` fills the workspace and cleared
-- when it finished, so that a generation stopped halfway is not taken for
-- a whole dataset.
CREATE TABLE workspace_notes (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
