-- Settings that shape the figures (contracted hours, working days, standard window, direct-work target)
-- have an effective date: a value holds from its date until the next value of the same key, so going
-- part-time from 1 September never rewrites the weeks before. '0001-01-01' means from the diary's start.
CREATE TABLE dated_setting (
    key            TEXT    NOT NULL,
    effective_from TEXT    NOT NULL CHECK (effective_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    value          TEXT    NOT NULL,
    recorded_at    INTEGER NOT NULL,
    PRIMARY KEY (key, effective_from)
);
