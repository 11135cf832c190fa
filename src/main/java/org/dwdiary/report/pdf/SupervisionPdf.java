package org.dwdiary.report.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.dwdiary.domain.DisplayFormats;
import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.report.ChartScale;
import org.dwdiary.report.Progress;
import org.dwdiary.report.SupervisionSummary;
import org.dwdiary.report.SupervisionSummary.Caseload;
import org.dwdiary.report.SupervisionSummary.Week;
import org.dwdiary.report.WeekFigures;

import java.awt.Color;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The supervision one-pager: a supervisor's two-minute picture of the worker's weeks. Headline tiles
 * (direct-work share against the weeks before and the target; hours against contract; evenings and
 * weekends; caseload), small charts of the same per week, the figures week by week, and the worker's
 * reflections, most recent first. Up to {@link #WEEKS_ON_ONE_PAGE} weeks it is always one A4 page:
 * reflections that do not fit are shortened, then the earliest weeks' are left out, and the page says so.
 * Longer periods keep page one complete (the most recent weeks' figures) and put earlier weeks' figures after.
 */
public final class SupervisionPdf {
    public static final String TITLE = "Supervision summary";
    /** The most weeks whose figures fit in one table across the page. */
    public static final int WEEKS_ON_ONE_PAGE = 13;

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.UK);
    private static final float REFLECTION_SIZE = 7.5f;
    private static final float REFLECTION_LEADING = REFLECTION_SIZE * 1.3f;
    /** Lines each reflection may take when they do not all fit in full, tried in turn. */
    private static final int[] LINE_LIMITS = {Integer.MAX_VALUE, 6, 4, 3};
    private static final String ELLIPSIS = "…";

    private SupervisionPdf() {
    }

    public static byte[] render(SupervisionSummary summary, ZonedDateTime generated, Progress progress) throws IOException {
        progress.step("Headline figures", 0.05);
        try (ReportPages pages = new ReportPages(TITLE, generated)) {
            pages.title(TITLE);
            pages.paragraph(periodLine(summary), 10, false, ReportPages.MUTED);
            LocalDate today = generated.toLocalDate();
            if (!today.isBefore(summary.from().monday()) && today.isBefore(summary.to().sunday())) {
                pages.paragraph("Not over yet: the figures run to " + DisplayFormats.day(today)
                        + ", while the contracted hours are for whole weeks.", 8, false, ReportPages.MUTED);
            }
            pages.space(8);
            tiles(pages, summary);
            progress.step("Charts", 0.25);
            boolean many = summary.weekCount() > 6;
            pages.draw(many ? 96 : 100, (canvas, x, y, width, height) -> chartRow(canvas, x, y, width, height,
                    List.of(shareChart(summary), outsideHoursChart(summary), caseloadChart(summary))));
            pages.chart(hoursChart(summary), 100);
            progress.step("Week by week", 0.55);
            List<List<Week>> chunks = chunks(summary.weeks());
            weekTable(pages, summary, chunks.get(chunks.size() - 1), true);
            progress.step("Reflections", 0.75);
            reflections(pages, summary);
            for (int i = chunks.size() - 2; i >= 0; i--) {
                if (i == chunks.size() - 2) {
                    pages.newPage();
                    pages.heading("Earlier weeks");
                }
                weekTable(pages, summary, chunks.get(i), false);
            }
            progress.step("Finishing", 0.95);
            return pages.toBytes();
        }
    }

    /** The number of pages of a rendered PDF (for the command's message). */
    public static int pageCount(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    static String periodLine(SupervisionSummary summary) {
        int count = summary.weekCount();
        String weeks = count == 1 ? "Week " + summary.from() : "Weeks " + summary.from() + " to " + summary.to();
        return weeks + ": " + DisplayFormats.day(summary.from().monday()) + " to "
                + DisplayFormats.day(summary.to().sunday()) + " (" + weeksText(count) + ")";
    }

    // ---- Headline tiles -------------------------------------------------------------------------------

    private record Tile(String label, Color colour, String value, List<String> details) {
    }

    private static final float TILE_PAD = 7;
    private static final float TILE_DETAIL = 7;
    private static final float TILE_LEADING = 9.2f;

    private static void tiles(ReportPages pages, SupervisionSummary summary) throws IOException {
        List<Tile> tiles = List.of(shareTile(summary), contractTile(summary), outsideHoursTile(summary), caseloadTile(summary));
        float gap = 10;
        float tileWidth = (pages.width() - gap * (tiles.size() - 1)) / tiles.size();
        List<List<String>> details = new ArrayList<>();
        int most = 0;
        for (Tile tile : tiles) {
            List<String> lines = new ArrayList<>();
            for (String detail : tile.details()) {
                lines.addAll(pages.wrap(detail, tileWidth - 2 * TILE_PAD, TILE_DETAIL, false));
            }
            details.add(lines);
            most = Math.max(most, lines.size());
        }
        float height = 44 + most * TILE_LEADING + 2;
        pages.draw(height, (canvas, x, y, width, h) -> {
            for (int i = 0; i < tiles.size(); i++) {
                Tile tile = tiles.get(i);
                float left = x + i * (tileWidth + gap);
                canvas.fillRect(left, y, tileWidth, h, ReportPages.SHADE);
                canvas.fillRect(left, y + h - 3, tileWidth, 3, tile.colour());
                canvas.text(tile.label(), left + TILE_PAD, y + h - 14, 7.5f, true, ReportPages.MUTED, PdfCanvas.Align.LEFT);
                canvas.text(tile.value(), left + TILE_PAD, y + h - 33, 17, true, ReportPages.INK, PdfCanvas.Align.LEFT);
                float line = y + h - 45;
                for (String detail : details.get(i)) {
                    canvas.text(detail, left + TILE_PAD, line, TILE_DETAIL, false, ReportPages.INK, PdfCanvas.Align.LEFT);
                    line -= TILE_LEADING;
                }
            }
        });
    }

    private static Tile shareTile(SupervisionSummary summary) {
        Double share = summary.directShare();
        List<String> details = new ArrayList<>();
        if (share == null) {
            details.add("Nothing logged");
        }
        details.addAll(comparison(share, summary.previousShare(), summary.weekCount()));
        Double target = summary.directTarget();
        if (target == null) {
            details.add("No target set");
        } else if (share == null || percent(share) < percent(target)) {
            details.add("Below the " + DisplayFormats.percent(target) + " target");
        } else {
            details.add("Meets the " + DisplayFormats.percent(target) + " target");
        }
        return new Tile("DIRECT-WORK SHARE", PdfChart.DIRECT, DisplayFormats.percent(share), details);
    }

    /** ["Up from 16%", "in the 4 weeks before"], compared as printed so the words never contradict the figures. */
    static List<String> comparison(Double share, Double previous, int weeks) {
        String before = "in the " + weeksText(weeks) + " before";
        if (previous == null) {
            return List.of("No hours logged", before);
        }
        if (share == null) {
            return List.of(DisplayFormats.percent(previous), before);
        }
        long now = percent(share);
        long then = percent(previous);
        String change = now == then ? "Unchanged from " : now > then ? "Up from " : "Down from ";
        return List.of(change + DisplayFormats.percent(previous), before);
    }

    private static Tile contractTile(SupervisionSummary summary) {
        var trend = summary.trend();
        long overWeeks = trend.weeksOverContract();
        List<String> details = List.of(
                "Contracted " + hours(trend.contractMinutes()),
                "Over contract " + hours(trend.overtimeMinutes()) + (overWeeks == 0 ? "" : ",\nin " + howMany(overWeeks, summary.weekCount())),
                "Average " + hours(trend.totalMinutes() / summary.weekCount()) + " a week");
        return new Tile("HOURS WORKED", trend.overtimeMinutes() > 0 ? PdfChart.OVERTIME : PdfChart.WORKED,
                hours(trend.totalMinutes()), details);
    }

    private static Tile outsideHoursTile(SupervisionSummary summary) {
        var trend = summary.trend();
        long weeks = trend.weeks().stream().filter(week -> week.outsideHoursMinutes() > 0).count();
        List<String> details = List.of(
                "Evenings " + hours(trend.outsideWindowMinutes()),
                "Weekends and days off " + hours(trend.nonWorkingDayMinutes()),
                weeks == 0 ? "None in these weeks" : "In " + howMany(weeks, summary.weekCount()));
        return new Tile("EVENINGS, WEEKENDS", PdfChart.EVENING, hours(trend.outsideHoursMinutes()), details);
    }

    private static Tile caseloadTile(SupervisionSummary summary) {
        Optional<Caseload> latest = summary.latestCaseload();
        if (latest.isEmpty()) {
            return new Tile("CASELOAD", ReportPages.INK, "–", List.of("Not given in these weeks"));
        }
        List<String> details = new ArrayList<>();
        details.add("In " + latest.get().week());
        Optional<Caseload> earlier = summary.earlierCaseload();
        if (earlier.isEmpty()) {
            details.add("No earlier figure to compare");
        } else {
            int change = latest.get().count() - earlier.get().count();
            String since = " since " + earlier.get().week() + " (" + earlier.get().count() + ")";
            details.add(change == 0 ? "No change" + since : (change > 0 ? "Up " : "Down ") + Math.abs(change) + since);
        }
        return new Tile("CASELOAD", ReportPages.INK, String.valueOf(latest.get().count()), details);
    }

    // ---- Charts ------------------------------------------------------------------------------------------

    private static void chartRow(PdfCanvas canvas, float x, float y, float width, float height, List<PdfChart> charts)
            throws IOException {
        float gap = 14;
        float each = (width - gap * (charts.size() - 1)) / charts.size();
        for (int i = 0; i < charts.size(); i++) {
            charts.get(i).draw(canvas, x + i * (each + gap), y, each, height);
        }
    }

    private static List<String> bands(SupervisionSummary summary) {
        return summary.weeks().stream().map(week -> shortWeek(week.week())).toList();
    }

    private static PdfChart shareChart(SupervisionSummary summary) {
        int count = summary.weekCount();
        double[] shares = new double[count];
        Double[] targets = new Double[count];
        double max = 0;
        boolean anyTarget = false;
        for (int i = 0; i < count; i++) {
            WeekFigures week = summary.weeks().get(i).figures();
            shares[i] = week.directShare() == null ? 0 : week.directShare();
            targets[i] = week.directTarget();
            anyTarget |= targets[i] != null;
            max = Math.max(max, Math.max(shares[i], targets[i] == null ? 0 : targets[i]));
        }
        PdfChart chart = new PdfChart("Direct-work share", bands(summary), ChartScale.shares(max))
                .stacked("Share", PdfChart.DIRECT, shares);
        return anyTarget ? chart.line("Target", PdfChart.TARGET, targets, true) : chart;
    }

    private static PdfChart outsideHoursChart(SupervisionSummary summary) {
        int count = summary.weekCount();
        double[] evenings = new double[count];
        double[] weekends = new double[count];
        long max = 0;
        for (int i = 0; i < count; i++) {
            WeekFigures week = summary.weeks().get(i).figures();
            evenings[i] = week.outsideWindowMinutes();
            weekends[i] = week.nonWorkingDayMinutes();
            max = Math.max(max, week.outsideHoursMinutes());
        }
        return new PdfChart("Evenings and weekends", bands(summary), ChartScale.hours(max))
                .stacked("Evenings", PdfChart.EVENING, evenings)
                .stacked("Weekends", PdfChart.WEEKEND, weekends);
    }

    private static PdfChart caseloadChart(SupervisionSummary summary) {
        int count = summary.weekCount();
        Double[] caseloads = new Double[count];
        long max = 0;
        for (int i = 0; i < count; i++) {
            Integer caseload = summary.weeks().get(i).note().caseload();
            caseloads[i] = caseload == null ? null : caseload.doubleValue();
            max = Math.max(max, caseload == null ? 0 : caseload);
        }
        String title = summary.latestCaseload().isPresent() ? "Caseload" : "Caseload (not given)";
        return new PdfChart(title, bands(summary), ChartScale.counts(max)).line("Caseload", ReportPages.INK, caseloads, false);
    }

    private static PdfChart hoursChart(SupervisionSummary summary) {
        int count = summary.weekCount();
        double[] contract = new double[count];
        long max = 0;
        for (int i = 0; i < count; i++) {
            WeekFigures week = summary.weeks().get(i).figures();
            contract[i] = week.contractMinutes();
            max = Math.max(max, Math.max(week.totalMinutes(), week.contractMinutes()));
        }
        long total = summary.trend().totalMinutes();
        PdfChart chart = new PdfChart(total > 0 ? "Hours per week by kind, against the contract (each kind's share of all hours)"
                : "Hours per week by kind, against the contract", bands(summary), ChartScale.hours(max));
        for (WorkKind kind : WorkKind.values()) {
            double[] values = new double[count];
            for (int i = 0; i < count; i++) {
                values[i] = summary.weeks().get(i).figures().minutes(kind);
            }
            String share = total > 0 ? " " + DisplayFormats.percent((double) summary.minutes(kind) / total) : "";
            chart.stacked(kind.displayName() + share, PdfChart.colour(kind), values);
        }
        return chart.level("Contracted", PdfChart.CONTRACT, contract);
    }

    // ---- Week by week ------------------------------------------------------------------------------------

    private static List<List<Week>> chunks(List<Week> weeks) {
        List<List<Week>> chunks = new ArrayList<>();
        // The most recent weeks make the last chunk a full one; any shorter chunk is the earliest.
        int first = weeks.size() % WEEKS_ON_ONE_PAGE;
        if (first > 0) {
            chunks.add(weeks.subList(0, first));
        }
        for (int start = first; start < weeks.size(); start += WEEKS_ON_ONE_PAGE) {
            chunks.add(weeks.subList(start, start + WEEKS_ON_ONE_PAGE));
        }
        return chunks;
    }

    private static void weekTable(ReportPages pages, SupervisionSummary summary, List<Week> weeks, boolean withTotal)
            throws IOException {
        // The label column keeps the same width whatever the number of weeks; many weeks take a smaller font.
        float size = weeks.size() > 8 ? 6.5f : 7f;
        float labelShare = (weeks.size() > 8 ? 78f : 100f) / pages.width();
        float rest = weeks.size() + (withTotal ? 1.25f : 0);
        List<ReportPages.Column> columns = new ArrayList<>();
        columns.add(ReportPages.Column.left(weeks.size() > 8 ? "Week" : "Week starting", labelShare / (1 - labelShare) * rest));
        for (Week week : weeks) {
            // Many weeks leave no room for dates under the weeks; the period line gives them.
            String date = weeks.size() > 8 ? "" : "\n" + DAY_MONTH.format(week.week().monday());
            columns.add(ReportPages.Column.right(shortWeek(week.week()) + date, 1));
        }
        if (withTotal) {
            columns.add(ReportPages.Column.right(summary.weekCount() == weeks.size() ? "All\nweeks" : "All " + summary.weekCount()
                    + "\nweeks", 1.25f));
        }
        ReportPages.Table table = pages.table(columns, size);
        for (WorkKind kind : WorkKind.values()) {
            table.row(row(kind.displayName(), weeks, week -> hours(week.minutes(kind)),
                    withTotal ? hours(summary.minutes(kind)) : null));
        }
        var trend = summary.trend();
        table.totalRow(row("Worked", weeks, week -> hours(week.totalMinutes()), withTotal ? hours(trend.totalMinutes()) : null));
        table.row(row("Contracted", weeks, week -> hours(week.contractMinutes()), withTotal ? hours(trend.contractMinutes()) : null));
        table.row(row("Over contract", weeks, week -> hours(week.overtimeMinutes()), withTotal ? hours(trend.overtimeMinutes()) : null));
        table.row(row("Direct-work share", weeks, week -> DisplayFormats.percent(week.directShare()),
                withTotal ? DisplayFormats.percent(trend.directShare()) : null));
        table.row(row("Evenings", weeks, week -> hours(week.outsideWindowMinutes()),
                withTotal ? hours(trend.outsideWindowMinutes()) : null));
        table.row(row("Weekends, days off", weeks, week -> hours(week.nonWorkingDayMinutes()),
                withTotal ? hours(trend.nonWorkingDayMinutes()) : null));
        List<String> caseloads = new ArrayList<>();
        caseloads.add("Caseload");
        for (Week week : weeks) {
            caseloads.add(week.note().caseload() == null ? "–" : String.valueOf(week.note().caseload()));
        }
        table.row(caseloads.toArray(String[]::new));
        table.end();
        pages.space(-6);
        pages.note("Hours as h:mm. Evenings: outside working hours on working days. Weekends: weekends and other days off. "
                + "Over contract: each week's hours beyond its contract (leave comes off the contract)."
                + (summary.weekCount() > weeks.size() && withTotal ? " Earlier weeks are on the next page." : ""));
    }

    private interface Cell {
        String of(WeekFigures week);
    }

    private static String[] row(String label, List<Week> weeks, Cell cell, String total) {
        List<String> cells = new ArrayList<>();
        cells.add(label);
        for (Week week : weeks) {
            cells.add(cell.of(week.figures()));
        }
        if (total != null) {
            cells.add(total);
        }
        return cells.toArray(String[]::new);
    }

    // ---- Reflections -------------------------------------------------------------------------------------

    private record Reflection(Week week, List<String> wentWell, List<String> gotInTheWay) {
        float height() {
            return height(Integer.MAX_VALUE);
        }

        /** The row's height with each answer cut to at most {@code limit} lines (two at least, for the dates). */
        float height(int limit) {
            return Math.max(2, Math.min(limit, Math.max(wentWell.size(), gotInTheWay.size()))) * REFLECTION_LEADING + 5;
        }
    }

    private static void reflections(ReportPages pages, SupervisionSummary summary) throws IOException {
        pages.subheading("Reflections, most recent first");
        List<Week> written = new ArrayList<>(summary.weeks().stream().filter(Week::hasReflections).toList());
        Collections.reverse(written);
        List<WeekId> without = summary.weeksWithoutReflections();
        if (written.isEmpty()) {
            pages.note("No reflections were written for these weeks.");
            return;
        }
        float columnWidth = columnWidth(pages);
        float header = REFLECTION_LEADING + 4;
        // The notes under the reflections: which weeks have none (known now), and which were left out (only
        // when they do not all fit, so that line's room is kept back only then).
        float noteLine = 8 * 1.35f;
        String withoutNote = without.isEmpty() ? null : "No reflections written for " + weekList(without) + ".";
        float withoutHeight = withoutNote == null ? 0 : pages.wrap(withoutNote, pages.width(), 8, false).size() * noteLine + 3;
        float room = pages.room() - header - 8 + 4 - withoutHeight;
        // Each answer is wrapped once (the tries below only cut lines), and only as far back as could fit
        // even at the shortest: measuring text is most of the time a page takes.
        int shortest = LINE_LIMITS[LINE_LIMITS.length - 1];
        List<Reflection> full = new ArrayList<>();
        float least = 0;
        for (Week week : written) {
            Reflection reflection = new Reflection(week, wrapped(pages, week.note().wentWell(), columnWidth),
                    wrapped(pages, week.note().gotInTheWay(), columnWidth));
            least += reflection.height(shortest);
            if (least > room) {
                break;
            }
            full.add(reflection);
        }
        List<Reflection> shown = fitting(pages, full, columnWidth, LINE_LIMITS[0], room);
        for (int limit : LINE_LIMITS) {
            if (shown.size() == written.size()) {
                break;
            }
            shown = fitting(pages, full, columnWidth, limit, room - noteLine - 3);
        }
        List<Reflection> rows = shown;
        if (rows.isEmpty()) {
            pages.note("The reflections for " + weeksText(written.size()) + " are left out for room; they are in the diary.");
            if (withoutNote != null) {
                pages.note(withoutNote);
            }
            return;
        }
        float height = header + (float) rows.stream().mapToDouble(Reflection::height).sum();
        pages.draw(height, (canvas, x, y, width, h) -> {
            float top = y + h;
            float weekWidth = width - 2 * columnWidth - 2 * 10;
            float left = x + weekWidth + 10;
            float right = left + columnWidth + 10;
            canvas.text("What went well", left, top - REFLECTION_SIZE, REFLECTION_SIZE, true, ReportPages.MUTED, PdfCanvas.Align.LEFT);
            canvas.text("What got in the way of direct work", right, top - REFLECTION_SIZE, REFLECTION_SIZE, true,
                    ReportPages.MUTED, PdfCanvas.Align.LEFT);
            float cursor = top - header;
            canvas.line(x, cursor + 2, x + width, cursor + 2, 0.4f, ReportPages.RULE, false);
            for (Reflection row : rows) {
                float base = cursor - REFLECTION_SIZE;
                canvas.text(shortWeek(row.week().week()), x, base, REFLECTION_SIZE, true, ReportPages.INK, PdfCanvas.Align.LEFT);
                canvas.text(DAY_MONTH.format(row.week().week().monday()) + " – " + DAY_MONTH.format(row.week().week().sunday()),
                        x, base - REFLECTION_LEADING, REFLECTION_SIZE - 0.5f, false, ReportPages.MUTED, PdfCanvas.Align.LEFT);
                lines(canvas, row.wentWell(), left, base);
                lines(canvas, row.gotInTheWay(), right, base);
                cursor -= row.height();
                canvas.line(x, cursor + 2, x + width, cursor + 2, 0.3f, ReportPages.RULE, false);
            }
        });
        pages.space(-4);
        int left = written.size() - rows.size();
        if (left > 0) {
            WeekId latestLeft = written.get(rows.size()).week();
            WeekId earliestLeft = written.get(written.size() - 1).week();
            // One line, whatever the weeks: its room was kept back above.
            pages.note("The reflections for " + left + " earlier " + (left == 1 ? "week" : "weeks") + " ("
                    + (left == 1 ? latestLeft.toString() : earliestLeft + " to " + latestLeft)
                    + ") are left out for room; they are in the diary.");
        }
        if (withoutNote != null) {
            pages.note(withoutNote);
        }
    }

    private static float columnWidth(ReportPages pages) {
        return (pages.width() - 56 - 2 * 10) / 2;
    }

    /** The most recent reflections that fit in {@code room}, each answer at most {@code limit} lines. */
    private static List<Reflection> fitting(ReportPages pages, List<Reflection> full, float columnWidth, int limit, float room)
            throws IOException {
        List<Reflection> shown = new ArrayList<>();
        float used = 0;
        for (Reflection each : full) {
            Reflection reflection = new Reflection(each.week(), shortened(pages, each.wentWell(), columnWidth, limit),
                    shortened(pages, each.gotInTheWay(), columnWidth, limit));
            if (used + reflection.height() > room) {
                break;
            }
            used += reflection.height();
            shown.add(reflection);
        }
        return shown;
    }

    /** A reflection wrapped to the column: its lines, or a dash for an empty answer. */
    private static List<String> wrapped(ReportPages pages, String text, float width) throws IOException {
        return text.isEmpty() ? List.of("–") : pages.wrap(text, width, REFLECTION_SIZE, false);
    }

    /** The text wrapped to the column, cut after {@code limit} lines at a word with an ellipsis. */
    static List<String> shortened(ReportPages pages, String text, float width, int limit) throws IOException {
        return shortened(pages, wrapped(pages, text, width), width, limit);
    }

    /** The first {@code limit} of the wrapped lines, the last of them cut at a word with an ellipsis. */
    private static List<String> shortened(ReportPages pages, List<String> lines, float width, int limit) throws IOException {
        if (lines.size() <= limit) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, limit));
        // Drop whole words until the ellipsis fits; a single over-long word keeps what fits of it.
        String cut = kept.get(limit - 1);
        while (pages.wrap(cut + ELLIPSIS, width, REFLECTION_SIZE, false).size() > 1) {
            int space = cut.lastIndexOf(' ');
            cut = space > 0 ? cut.substring(0, space) : cut.substring(0, cut.length() - 1);
        }
        kept.set(limit - 1, stripTrailingPunctuation(cut) + ELLIPSIS);
        return kept;
    }

    private static String stripTrailingPunctuation(String text) {
        int end = text.length();
        while (end > 0 && ",;:-–".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end).stripTrailing();
    }

    private static void lines(PdfCanvas canvas, List<String> lines, float x, float base) throws IOException {
        for (int i = 0; i < lines.size(); i++) {
            canvas.text(lines.get(i), x, base - i * REFLECTION_LEADING, REFLECTION_SIZE, false, ReportPages.INK,
                    PdfCanvas.Align.LEFT);
        }
    }

    // ---- Words -------------------------------------------------------------------------------------------

    private static String hours(long minutes) {
        return DisplayFormats.hoursMinutes(minutes);
    }

    /** "3 of 4 weeks", "every week". */
    private static String howMany(long weeks, int of) {
        return weeks == of ? (of == 1 ? "the week" : "every week") : weeks + " of " + weeksText(of);
    }

    private static long percent(double share) {
        return Math.round(share * 100);
    }

    private static String weeksText(long count) {
        return count + (count == 1 ? " week" : " weeks");
    }

    /** "W07": the year is in the period line. */
    private static String shortWeek(WeekId week) {
        return String.format(Locale.ROOT, "W%02d", week.week());
    }

    /** "W37–W49, W03 and W08": runs of consecutive weeks as a range. */
    static String weekList(List<WeekId> weeks) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < weeks.size(); ) {
            int end = i;
            while (end + 1 < weeks.size() && weeks.get(end + 1).equals(weeks.get(end).plusWeeks(1))) {
                end++;
            }
            if (end - i >= 2) {
                names.add(shortWeek(weeks.get(i)) + "–" + shortWeek(weeks.get(end)));
                i = end + 1;
            } else {
                names.add(shortWeek(weeks.get(i)));
                i++;
            }
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
