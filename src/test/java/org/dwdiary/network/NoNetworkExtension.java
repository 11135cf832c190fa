package org.dwdiary.network;

import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test during which something tried to open a network connection, even if the code caught
 * the guard's refusal. Applies to every Jupiter test (autodetected, see junit-platform.properties).
 */
public final class NoNetworkExtension implements AfterEachCallback, AfterAllCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        failOnAttempts();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        failOnAttempts();
    }

    private static void failOnAttempts() {
        var attempts = NetworkGuard.takeAttempts();
        if (!attempts.isEmpty()) {
            throw new AssertionError(attempts.size() + " network connection attempt(s):\n"
                    + attempts.stream().map(Object::toString).collect(Collectors.joining("\n")));
        }
    }
}
