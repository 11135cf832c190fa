package org.dwdiary.domain;

/** How a quick-add line's kind was decided. */
public enum KindSource {
    /** The line said it: {@code @direct}, {@code @t}… */
    EXPLICIT,
    /** The kind this activity was last logged as. */
    REMEMBERED,
    /** A keyword of the {@link KindRules} in the activity's words. */
    KEYWORD
}
