package org.dwdiary.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the window looks: a setting of the diary, so it follows the worker's own file. */
public enum Theme {
    LIGHT("light"), DARK("dark"), HIGH_CONTRAST("high-contrast");

    private final String code;

    Theme(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String displayName() {
        return switch (this) {
            case LIGHT -> "Light";
            case DARK -> "Dark";
            case HIGH_CONTRAST -> "High contrast";
        };
    }

    public static Theme parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
        for (Theme theme : values()) {
            if (theme.code.equals(wanted) || (theme == HIGH_CONTRAST && wanted.equals("contrast"))) {
                return theme;
            }
        }
        throw new InputRefusedException("\"" + text + "\" is not a theme; the themes are "
                + Arrays.stream(values()).map(Theme::code).collect(Collectors.joining(", ")));
    }
}
