package org.dwdiary.report;

import com.fasterxml.jackson.jr.ob.JSON;
import org.dwdiary.domain.WeekId;
import org.dwdiary.domain.WorkKind;
import org.dwdiary.io.SafeFiles;
import org.dwdiary.store.Diary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A member's file for their union representative: the weekly figures of whole ISO weeks and nothing
 * else — no activities, notes, names, block times or settings. Format {@value #FORMAT}, JSON:
 * <pre>
 * {"format": "dwdiary-member/1", "memberId": "&lt;UUID&gt;", "from": "2025-03-03", "to": "2026-03-01",
 *  "unpaidMinutes": 960,
 *  "weeks": [{"week": "2025-W10", "minutes": {"direct": 600, "recording": 900, "travel": 240, "meetings": 480},
 *             "worked": 2220, "contracted": 2220, "overtime": 0, "outsideHours": 75, "directShare": 0.2703,
 *             "breaches": {"daily-rest-11h": 1}}, …],
 *  "checksum": "sha256:&lt;64 hex digits&gt;"}
 * </pre>
 * Every figure is in minutes. {@code from} is a Monday and {@code to} a Sunday; {@code weeks} holds each
 * week between, in order. {@code worked} is the sum of the four kinds; {@code overtime} is worked beyond
 * contracted (never below zero); {@code outsideHours} is the time outside the standard window on working
 * days and on non-working days; {@code directShare} is direct ÷ worked to four decimals, null for a week
 * with nothing logged; {@code breaches} counts the possible breaches of the Working Time Regulations
 * flagged for the week, by rule code (a rule with none is left out).
 *
 * <p><b>Unpaid overtime</b> is given once for the whole period, not per week, because the schemes settle
 * it over time: a week's overtime may later come back as TOIL or flexi leave. It is the diary's own
 * figure ({@link Balances#unpaidMinutes()}) counted from the first week of the file.
 *
 * <p><b>The checksum</b> is SHA-256 over the UTF-8 bytes of the file's JSON object without its
 * {@code checksum} member, written compactly: members in the file's order, no whitespace outside strings,
 * numbers as written (integers, and shares to at most four decimals). It is what
 * {@code jq -cj 'del(.checksum)' FILE | sha256sum} prints, so anyone can check a file. An edited or
 * damaged file no longer matches; the checksum does not say who made the file.
 *
 * <p><b>The member id</b> is the diary's random id ({@link Diary#memberId()}): the same in every file
 * from one diary, derived from nothing about the member.
 */
public record MemberExport(String memberId, WeekId from, WeekId to, List<Week> weeks, long unpaidMinutes) {
    public static final String FORMAT = "dwdiary-member/1";
    static final String CHECKSUM_PREFIX = "sha256:";
    private static final JSON COMPACT = JSON.std.with(JSON.Feature.WRITE_NULL_PROPERTIES);
    private static final JSON PRETTY = COMPACT.with(JSON.Feature.PRETTY_PRINT_OUTPUT);

    /**
     * One week's figures, in minutes.
     *
     * @param directShare direct ÷ worked, rounded to four decimals; null when nothing was logged
     * @param breaches    possible breaches flagged for the week, by rule code, only rules with one or more
     */
    public record Week(WeekId week, Map<WorkKind, Long> minutes, long worked, long contracted, long overtime,
                       long outsideHours, Double directShare, Map<String, Integer> breaches) {
        public Week {
            Objects.requireNonNull(week, "week");
            minutes = Collections.unmodifiableMap(new EnumMap<>(minutes));
            breaches = Collections.unmodifiableMap(new LinkedHashMap<>(breaches));
        }

        public long minutes(WorkKind kind) {
            return minutes.getOrDefault(kind, 0L);
        }

        public boolean logged() {
            return worked > 0;
        }

        public boolean overContract() {
            return worked > contracted;
        }

        public int breachCount() {
            return breaches.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    public MemberExport {
        Objects.requireNonNull(memberId, "memberId");
        weeks = List.copyOf(weeks);
    }

    /** The weeks holding {@code first} and {@code last}, both included, from the diary. */
    public static MemberExport read(Diary diary, LocalDate first, LocalDate last) {
        return of(diary.memberId(), ReportPeriod.read(diary, first, last));
    }

    /** The member file of {@code memberId} for a period already worked out. */
    public static MemberExport of(String memberId, ReportPeriod period) {
        Map<WeekId, Map<String, Integer>> breaches = new TreeMap<>();
        for (PossibleBreach breach : period.breaches()) {
            // A breach belongs to its week; one whose week falls outside (never, as checked) stays at the edge.
            WeekId week = breach.week();
            week = week.compareTo(period.from()) < 0 ? period.from() : week.compareTo(period.to()) > 0 ? period.to() : week;
            breaches.computeIfAbsent(week, w -> new LinkedHashMap<>()).merge(breach.rule().code(), 1, Integer::sum);
        }
        List<Week> weeks = new ArrayList<>();
        for (WeekFigures figures : period.trend().weeks()) {
            Map<WorkKind, Long> minutes = new EnumMap<>(WorkKind.class);
            for (WorkKind kind : WorkKind.values()) {
                minutes.put(kind, figures.minutes(kind));
            }
            weeks.add(new Week(figures.week(), minutes, figures.totalMinutes(), figures.contractMinutes(),
                    figures.overtimeMinutes(), figures.outsideHoursMinutes(), roundShare(figures.directShare()),
                    ordered(breaches.getOrDefault(figures.week(), Map.of()))));
        }
        return new MemberExport(memberId, period.from(), period.to(), weeks, period.balances().unpaidMinutes());
    }

    /** The rules in their own order ({@link PossibleBreach.Rule}), so the same figures always give the same file. */
    private static Map<String, Integer> ordered(Map<String, Integer> counts) {
        Map<String, Integer> ordered = new LinkedHashMap<>();
        for (PossibleBreach.Rule rule : PossibleBreach.Rule.values()) {
            if (counts.containsKey(rule.code())) {
                ordered.put(rule.code(), counts.get(rule.code()));
            }
        }
        return ordered;
    }

    static Double roundShare(Double share) {
        return share == null ? null : BigDecimal.valueOf(share).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }

    public LocalDate firstDay() {
        return from.monday();
    }

    public LocalDate lastDay() {
        return to.sunday();
    }

    public long overtimeMinutes() {
        return weeks.stream().mapToLong(Week::overtime).sum();
    }

    /** The file's text: pretty-printed JSON ending with its checksum. */
    public String toJson() {
        Map<String, Object> body = body();
        body.put("checksum", checksum(compact(body)));
        try {
            return PRETTY.asString(body) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the file under a temporary name and renames it. */
    public void write(Path target) throws IOException {
        String text = toJson();
        SafeFiles.writeText(target, writer -> writer.write(text));
    }

    /** Everything but the checksum, in the file's order. */
    private Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("format", FORMAT);
        body.put("memberId", memberId);
        body.put("from", firstDay().toString());
        body.put("to", lastDay().toString());
        body.put("unpaidMinutes", unpaidMinutes);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Week week : weeks) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("week", week.week().toString());
            Map<String, Object> minutes = new LinkedHashMap<>();
            for (WorkKind kind : WorkKind.values()) {
                minutes.put(kind.code(), week.minutes(kind));
            }
            json.put("minutes", minutes);
            json.put("worked", week.worked());
            json.put("contracted", week.contracted());
            json.put("overtime", week.overtime());
            json.put("outsideHours", week.outsideHours());
            json.put("directShare", shareText(week.directShare()));
            json.put("breaches", new LinkedHashMap<>(week.breaches()));
            list.add(json);
        }
        body.put("weeks", list);
        return body;
    }

    /** A share as JSON writes it: 0.25, 0.2703, 1, 0 (never 0.2500 nor 2.5E-1). */
    private static BigDecimal shareText(Double share) {
        if (share == null) {
            return null;
        }
        BigDecimal stripped = BigDecimal.valueOf(share).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The canonical form the checksum is taken over: compact JSON, members in order. */
    static String compact(Map<String, Object> body) {
        try {
            return COMPACT.asString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String checksum(String canonical) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return CHECKSUM_PREFIX + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
