-- The first diary schema. Times are UTC instants in epoch seconds, with the zone they were
-- recorded in; blocks are never physically deleted (deleted_at), so an undo can restore them and
-- the record of when each block was first recorded survives edits.

CREATE TABLE activity (
    id           INTEGER PRIMARY KEY,
    name         TEXT    NOT NULL COLLATE NOCASE UNIQUE,
    kind         TEXT    NOT NULL CHECK (kind IN ('direct', 'recording', 'travel', 'meetings')),
    last_used_at INTEGER NOT NULL,
    use_count    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE block (
    id           INTEGER PRIMARY KEY,
    start_at     INTEGER NOT NULL,
    end_at       INTEGER NOT NULL,
    zone         TEXT    NOT NULL,
    kind         TEXT    NOT NULL CHECK (kind IN ('direct', 'recording', 'travel', 'meetings')),
    activity_id  INTEGER REFERENCES activity (id),
    note         TEXT,
    recorded_at  INTEGER NOT NULL,
    recorded_via TEXT    NOT NULL,
    changed_at   INTEGER,
    deleted_at   INTEGER,
    CHECK (end_at > start_at AND end_at - start_at <= 86400)
);

CREATE INDEX block_live_by_start ON block (start_at) WHERE deleted_at IS NULL;

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- 'DWD1': marks the file as a Direct Work Diary for tools such as `file`, and for our own checks.
PRAGMA application_id = 1146569777;
