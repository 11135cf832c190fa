package org.dwdiary.report;

import java.util.concurrent.CancellationException;

/**
 * How a long report tells its caller how far it has got, and learns that the user cancelled. The GUI
 * passes one bound to its progress bar; the CLI and tests pass {@link #NONE}.
 */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void update(String step, double fraction) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** @param fraction 0 to 1 */
    void update(String step, double fraction);

    boolean isCancelled();

    /** Reports the step, then stops the work (nothing is written) if the user cancelled. */
    default void step(String step, double fraction) {
        if (isCancelled()) {
            throw new CancellationException("cancelled at: " + step);
        }
        update(step, fraction);
    }
}
