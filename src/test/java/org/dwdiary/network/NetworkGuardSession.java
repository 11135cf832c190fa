package org.dwdiary.network;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Installs {@link NetworkGuard} when the JUnit Platform opens its session, before any test class is
 * discovered or loaded (registered in META-INF/services), and lists any attempt nobody reported.
 */
public final class NetworkGuardSession implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        NetworkGuard.install();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        for (var attempt : NetworkGuard.takeAttempts()) {
            System.err.println("Network attempt after the last test: " + attempt);
        }
    }
}
