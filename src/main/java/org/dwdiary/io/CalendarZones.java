package org.dwdiary.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The time zones of one calendar file: which rules a TZID means, and the instant a wall-clock time there is.
 * A TZID means, in this order: the rules of the file's own VTIMEZONE of that name (built by ical4j), the IANA
 * zone of that id, the IANA zone CLDR maps a Windows zone name to (Outlook writes {@code "GMT Standard Time"}),
 * the IANA id at the end of a prefixed id ({@code /mozilla.org/20070129_1/Europe/London}); failing all of
 * them, the diary's zone, and the TZID is remembered so the user can be told.
 */
final class CalendarZones {
    private static final String WINDOWS_ZONES = "windows-zones.tsv";

    private final Map<String, ZoneRules> fileZones;
    private final ZoneRules diaryZone;
    private final Map<String, ZoneRules> resolved = new HashMap<>();
    private final Set<String> unknown = new TreeSet<>();

    CalendarZones(Map<String, ZoneRules> fileZones, ZoneId diaryZone) {
        this.fileZones = fileZones;
        this.diaryZone = diaryZone.getRules();
    }

    /** The rules for a TZID parameter; a null TZID (a floating time) means the diary's zone. */
    ZoneRules rules(String tzid) {
        if (tzid == null) {
            return diaryZone;
        }
        return resolved.computeIfAbsent(tzid, id -> {
            ZoneRules own = fileZones.get(id);
            if (own != null) {
                return own;
            }
            Optional<ZoneId> named = named(id);
            if (named.isPresent()) {
                return named.get().getRules();
            }
            unknown.add(id);
            return diaryZone;
        });
    }

    /**
     * True when the rules of {@code tzid} are settled: the file has defined it, or it was already looked up by name
     * (and from then on means the same for every event). A TZID that is not settled may still be defined by a
     * VTIMEZONE further on in the file.
     */
    boolean settled(String tzid) {
        return tzid == null || fileZones.containsKey(tzid) || resolved.containsKey(tzid);
    }

    /** TZIDs that neither the file nor any known name defines; their times were read in the diary's zone. */
    Set<String> unknown() {
        return unknown;
    }

    /** The IANA zone a TZID names, without the file's help. */
    static Optional<ZoneId> named(String tzid) {
        String id = tzid.strip();
        Optional<ZoneId> zone = iana(id);
        if (zone.isPresent()) {
            return zone;
        }
        String windows = WindowsNames.MAP.get(id.toLowerCase(Locale.ROOT));
        if (windows != null) {
            return iana(windows);
        }
        for (int slash = id.indexOf('/'); slash >= 0; slash = id.indexOf('/', slash + 1)) {
            String tail = id.substring(slash + 1);
            if (tail.contains("/")) {
                zone = iana(tail);
                if (zone.isPresent()) {
                    return zone;
                }
            }
        }
        return Optional.empty();
    }

    /** The Windows zone names CLDR maps, lower-cased, to IANA ids. */
    static Map<String, String> windowsNames() {
        return WindowsNames.MAP;
    }

    /**
     * The instant a wall-clock time is in a zone, as RFC 5545 reads it: a time the clocks skip is moved on by the
     * length of the gap (01:30 on the spring-forward night in London is 02:30 BST), and a time that happens twice
     * is the first of the two.
     */
    static Instant instant(LocalDateTime wall, ZoneRules rules) {
        List<ZoneOffset> offsets = rules.getValidOffsets(wall);
        if (!offsets.isEmpty()) {
            return wall.toInstant(offsets.get(0));
        }
        ZoneOffsetTransition gap = rules.getTransition(wall);
        return wall.plus(gap.getDuration()).toInstant(gap.getOffsetAfter());
    }

    /** The wall-clock time of an instant in a zone. */
    static LocalDateTime wall(Instant instant, ZoneRules rules) {
        return LocalDateTime.ofInstant(instant, rules.getOffset(instant));
    }

    private static Optional<ZoneId> iana(String id) {
        if (id.isEmpty() || id.regionMatches(true, 0, "ical4j", 0, 6)) {
            return Optional.empty(); // ical4j registers made-up zone ids of its own with java.time
        }
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException notAZone) {
            return Optional.empty();
        }
    }

    /** Loaded on first use: most calendars define their own zones and never need it. */
    private static final class WindowsNames {
        static final Map<String, String> MAP = load();

        private static Map<String, String> load() {
            Map<String, String> names = new HashMap<>();
            try (InputStream in = CalendarZones.class.getResourceAsStream(WINDOWS_ZONES)) {
                if (in == null) {
                    throw new IllegalStateException("the resource " + WINDOWS_ZONES + " is missing from the build");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    int tab = line.indexOf('\t');
                    if (!line.startsWith("#") && tab > 0) {
                        names.put(line.substring(0, tab).strip().toLowerCase(Locale.ROOT), line.substring(tab + 1).strip());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Collections.unmodifiableMap(names);
        }
    }
}
