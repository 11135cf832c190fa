-- The contemporaneous, tamper-evident record: every change to a block or a day mark, in order, with
-- the values before and after, when and how. Each entry's hash (SHA-256) covers its content and the
-- previous entry's hash, so changing, removing or inserting an entry outside the app breaks the chain,
-- and a block changed outside the app no longer matches its last entry. The app only ever appends.
CREATE TABLE history (
    seq       INTEGER PRIMARY KEY,
    subject   TEXT    NOT NULL,
    action    TEXT    NOT NULL CHECK (action IN ('existing', 'add', 'edit', 'delete', 'restore')),
    at        INTEGER NOT NULL,
    via       TEXT    NOT NULL,
    old_value TEXT,
    new_value TEXT,
    prev_hash TEXT    NOT NULL,
    hash      TEXT    NOT NULL
);

CREATE INDEX history_by_subject ON history (subject);

CREATE TRIGGER history_is_append_only_update BEFORE UPDATE ON history
BEGIN
    SELECT RAISE(ABORT, 'the history is append-only');
END;

CREATE TRIGGER history_is_append_only_delete BEFORE DELETE ON history
BEGIN
    SELECT RAISE(ABORT, 'the history is append-only');
END;

-- A day of annual leave, sickness, bank holiday or TOIL taken, whole or half: it reduces that day's
-- contracted time. One mark a day.
CREATE TABLE day_mark (
    day         TEXT    PRIMARY KEY CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    kind        TEXT    NOT NULL CHECK (kind IN ('leave', 'sick', 'holiday', 'toil')),
    half        INTEGER NOT NULL CHECK (half IN (0, 1)),
    recorded_at INTEGER NOT NULL
);
