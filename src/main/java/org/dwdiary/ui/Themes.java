package org.dwdiary.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import org.dwdiary.domain.Theme;

import java.util.ArrayList;
import java.util.List;

/**
 * How a {@link Theme} looks: an AtlantaFX base theme as the user-agent style sheet, then the app's own
 * {@code diary.css}, then the theme's few overrides. Light is PrimerLight; dark is PrimerDark with
 * {@code dark.css}; high contrast is PrimerDark with {@code dark.css} and {@code high-contrast.css}
 * (black and white, strong borders, thick focus rings).
 *
 * <p>The base theme is set for the whole application, so dialogs and alerts follow it; the style sheets
 * go on the window's scene, which each dialog owned by the window copies.
 */
public final class Themes {
    private Themes() {
    }

    /** Puts {@code theme} on {@code scene} (and, for the base theme, on every window of the app). */
    public static void apply(Theme theme, Scene scene) {
        Application.setUserAgentStylesheet(userAgentStylesheet(theme));
        scene.getStylesheets().setAll(stylesheets(theme));
    }

    /** The AtlantaFX base theme's style sheet for {@code theme}. */
    public static String userAgentStylesheet(Theme theme) {
        return theme == Theme.LIGHT ? new PrimerLight().getUserAgentStylesheet() : new PrimerDark().getUserAgentStylesheet();
    }

    /** The app's style sheets for {@code theme}, in the order they apply. */
    public static List<String> stylesheets(Theme theme) {
        List<String> sheets = new ArrayList<>();
        sheets.add(sheet("diary.css"));
        if (theme != Theme.LIGHT) {
            sheets.add(sheet("dark.css"));
        }
        if (theme == Theme.HIGH_CONTRAST) {
            sheets.add(sheet("high-contrast.css"));
        }
        return sheets;
    }

    private static String sheet(String name) {
        return Themes.class.getResource(name).toExternalForm();
    }
}
