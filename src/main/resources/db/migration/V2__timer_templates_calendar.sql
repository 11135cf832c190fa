-- The running timer, saved templates, and which calendar occurrence became which block.

-- At most one timer runs (id is always 1). It is not a block until it is stopped.
CREATE TABLE running_timer (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    start_at    INTEGER NOT NULL,
    zone        TEXT    NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('direct', 'recording', 'travel', 'meetings')),
    activity_id INTEGER REFERENCES activity (id),
    note        TEXT,
    started_via TEXT    NOT NULL
);

-- A named set of blocks by wall-clock time, applied onto any day ("Monday team meeting 10:00-11:00").
CREATE TABLE template (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL COLLATE NOCASE UNIQUE
);

CREATE TABLE template_block (
    template_id INTEGER NOT NULL REFERENCES template (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    from_minute INTEGER NOT NULL CHECK (from_minute BETWEEN 0 AND 1439),
    to_minute   INTEGER NOT NULL CHECK (to_minute BETWEEN 0 AND 1439),
    kind        TEXT    NOT NULL CHECK (kind IN ('direct', 'recording', 'travel', 'meetings')),
    activity    TEXT,
    PRIMARY KEY (template_id, position)
);

-- A calendar occurrence (event UID + original start; -1 for a single event), the block it became, and the
-- event as it was imported: importing the same calendar again adds nothing twice, a moved meeting moves its
-- block, and a block the user trimmed or edited is left alone while its event stays the same.
CREATE TABLE calendar_occurrence (
    uid           TEXT    NOT NULL,
    recurrence_at INTEGER NOT NULL,
    block_id      INTEGER NOT NULL REFERENCES block (id),
    event_start   INTEGER NOT NULL,
    event_end     INTEGER NOT NULL,
    event_title   TEXT,
    PRIMARY KEY (uid, recurrence_at)
);
