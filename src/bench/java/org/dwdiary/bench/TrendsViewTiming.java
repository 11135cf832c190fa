package org.dwdiary.bench;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.dwdiary.ui.DiaryApp;
import org.dwdiary.ui.DiaryWindow;
import org.dwdiary.ui.trends.ChartKind;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * How long the trends view takes to appear on a ten-year diary (520 weeks, 10 blocks a working day): from
 * the moment it is asked for (Ctrl+2) to the first layout pulse with its charts drawn, in the real window
 * on the headless Monocle platform with software rendering. The first opening is cold (the view is built
 * then); later ones switch back from the week view (the view reloads). Run by {@code ./mvnw -Pbench verify}.
 */
public final class TrendsViewTiming {
    private static final Clock CLOCK = BenchData.CLOCK;
    private static final int WARM_RUNS = 10;

    private TrendsViewTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = BenchData.copyOf(BenchData.tenYearDiary());
        ExecutorService background = Executors.newSingleThreadExecutor();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        DiaryWindow[] window = new DiaryWindow[1];
        Scene[] scene = new Scene[1];
        Platform.runLater(() -> {
            window[0] = new DiaryWindow(folder, CLOCK, background, Platform::runLater);
            scene[0] = DiaryApp.scene(window[0]);
            Stage stage = new Stage();
            stage.setScene(scene[0]);
            stage.setWidth(1280);
            stage.setHeight(820);
            stage.show();
            window[0].start();
        });
        waitFor(() -> window[0] != null && window[0].weekView() != null && window[0].weekView().model().summaryProperty().get() != null);
        Thread.sleep(500);

        long cold = timeTrends(window[0], scene[0]);
        List<Long> warm = new ArrayList<>();
        for (int i = 0; i < WARM_RUNS; i++) {
            onFx(() -> window[0].showWeekView());
            Thread.sleep(200);
            warm.add(timeTrends(window[0], scene[0]));
        }
        String line = String.format(Locale.UK, "- Trends view on 520 weeks × 10 blocks a day, default range (13 weeks), Ctrl+2 to the "
                + "charts drawn (Monocle headless, software rendering): first opening %,d ms; reopening from the week view %s; "
                + "load %s%n", cold, Results.summary(warm), Machine.loadText());
        System.out.print(line);
        Results.write("trends-view", "### Trends view (`TrendsViewTiming`)\n\n" + line);
        onFx(() -> window[0].closeDiary());
        background.shutdown();
        background.awaitTermination(5, TimeUnit.SECONDS);
        Platform.exit();
        BenchData.delete(folder);
    }

    /**
     * Milliseconds from asking for the trends to the moment a new load has reached the charts, checked on the
     * FX thread every few milliseconds (so it errs late); the charts' paths are drawn at the next pulse.
     */
    private static long timeTrends(DiaryWindow window, Scene scene) throws Exception {
        Object[] before = new Object[1];
        long[] start = new long[1];
        onFx(() -> {
            before[0] = window.trendsView() == null ? null : window.trendsView().model().loadedProperty().get();
            start[0] = System.nanoTime();
            window.showTrends();
        });
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < until) {
            CompletableFuture<Long> check = new CompletableFuture<>();
            Platform.runLater(() -> {
                boolean drawn = window.trendsView() != null && window.trendsView().model().loadedProperty().get() != null
                        && window.trendsView().model().loadedProperty().get() != before[0]
                        && !window.trendsView().model().loadingProperty().get()
                        && window.trendsView().chart(ChartKind.KINDS).bandCount() == 13;
                check.complete(drawn ? (System.nanoTime() - start[0]) / 1_000_000 : -1L);
            });
            long millis = check.get(30, TimeUnit.SECONDS);
            if (millis >= 0) {
                return millis;
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("the trends were not drawn in 30 s");
    }

    private static void onFx(Runnable action) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            action.run();
            done.complete(null);
        });
        done.get(30, TimeUnit.SECONDS);
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < until) {
            CompletableFuture<Boolean> check = new CompletableFuture<>();
            Platform.runLater(() -> check.complete(condition.getAsBoolean()));
            if (check.get(30, TimeUnit.SECONDS)) {
                return;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the window did not open in 60 s");
    }
}
