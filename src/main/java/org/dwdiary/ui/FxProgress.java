package org.dwdiary.ui;

import org.dwdiary.report.Progress;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;

/**
 * One long job's progress, shown on the FX thread: updates reach it at most one at a time (the latest
 * wins), so a fast report cannot flood it, and none is shown once the job is cancelled. {@link #cancel}
 * is called from the FX thread and read by the job on its own thread.
 */
public final class FxProgress implements Progress {
    private record Update(String step, double fraction) {
    }

    private final Executor fx;
    private final BiConsumer<String, Double> show;
    private final AtomicBoolean cancelled = new AtomicBoolean(false);
    private final AtomicReference<Update> latest = new AtomicReference<>();
    private final AtomicBoolean posted = new AtomicBoolean(false);

    /** @param show given the step and the fraction (clamped to 0–1), on the FX thread */
    public FxProgress(Executor fx, BiConsumer<String, Double> show) {
        this.fx = fx;
        this.show = show;
    }

    @Override
    public void update(String step, double fraction) {
        latest.set(new Update(step, fraction));
        if (posted.compareAndSet(false, true)) {
            fx.execute(() -> {
                posted.set(false);
                Update shown = latest.get();
                if (!cancelled.get()) {
                    show.accept(shown.step(), Math.max(0, Math.min(1, shown.fraction())));
                }
            });
        }
    }

    public void cancel() {
        cancelled.set(true);
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }
}
