-- A week's caseload and two short reflections, for the worker and their supervisor. Not evidence of
-- hours, so outside the hash-chained history; no names or case details (the app reminds the user).
CREATE TABLE week_note (
    week           TEXT    PRIMARY KEY,  -- ISO week, "2026-W10"
    caseload       INTEGER CHECK (caseload IS NULL OR caseload BETWEEN 0 AND 999),
    went_well      TEXT    NOT NULL DEFAULT '',
    got_in_the_way TEXT    NOT NULL DEFAULT '',
    updated_at     INTEGER NOT NULL
);
