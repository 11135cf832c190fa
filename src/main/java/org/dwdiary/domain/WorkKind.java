package org.dwdiary.domain;

import java.util.Locale;
import java.util.Optional;

/** The four kinds of a social worker's time. Every block is exactly one of them. */
public enum WorkKind {
    DIRECT("direct", "Direct work",
            "Time with children, young people, families and carers: visits, sessions, direct contact by phone or video."),
    RECORDING("recording", "Recording",
            "Case notes, assessments, plans, court statements and reports, letters, emails, forms and admin."),
    TRAVEL("travel", "Travel",
            "Travelling to and from visits, courts and meetings."),
    MEETINGS("meetings", "Meetings",
            "Team meetings, supervision, multi-agency meetings, strategy discussions, conferences, panels and training.");

    private final String code;
    private final String displayName;
    private final String description;

    WorkKind(String code, String displayName, String description) {
        this.code = code;
        this.displayName = displayName;
        this.description = description;
    }

    /** The word used in files, the CLI and the database: {@code direct}, {@code recording}… */
    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }

    public String description() {
        return description;
    }

    /** Reads a code or a display name in any case ("direct", "DIRECT", "Direct work"). */
    public static Optional<WorkKind> fromText(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (WorkKind kind : values()) {
            if (kind.code.equals(wanted) || kind.displayName.toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** For values this program wrote itself (the database); anything else is a programming error. */
    public static WorkKind fromCode(String code) {
        for (WorkKind kind : values()) {
            if (kind.code.equals(code)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("not a kind code: " + code);
    }

    /** "direct, recording, travel or meetings", for messages. */
    public static String choices() {
        return "direct, recording, travel or meetings";
    }
}
