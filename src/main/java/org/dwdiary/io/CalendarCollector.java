package org.dwdiary.io;

import net.fortuna.ical4j.data.ContentHandler;
import net.fortuna.ical4j.data.DefaultPropertyFactorySupplier;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.ParameterCodec;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyBuilder;
import net.fortuna.ical4j.model.PropertyFactory;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.ZoneRulesBuilder;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.transform.recurrence.Frequency;

import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Receives what ical4j's parser reads and keeps only what the diary needs: for each top-level VEVENT the raw
 * text of its time, identity and status properties, handed on as soon as the event ends (so a calendar of any
 * size is never held whole), and for each VTIMEZONE the zone rules it defines (built by ical4j). Every other property (DESCRIPTION, LOCATION, ATTENDEE, ORGANIZER, ATTACH, X-ALT-DESC…) and every
 * other component (VALARM, VTODO…) is dropped as it is read, so none of it is ever held in memory as an object.
 * Values are interpreted later, event by event, so one bad value costs one event, not the file.
 */
final class CalendarCollector implements ContentHandler {
    /** The VEVENT properties read. */
    static final Set<String> EVENT_PROPERTIES = Set.of("UID", "SUMMARY", "DTSTART", "DTEND", "DURATION", "RRULE",
            "RDATE", "EXDATE", "RECURRENCE-ID", "STATUS", "TRANSP", "SEQUENCE",
            "X-MICROSOFT-CDO-BUSYSTATUS", "X-MICROSOFT-CDO-ALLDAYEVENT");
    private static final Set<String> OBSERVANCE_PROPERTIES = Set.of("DTSTART", "TZOFFSETFROM", "TZOFFSETTO",
            "RRULE", "RDATE", "TZNAME");
    /** ical4j's own content handler refuses deeper nesting too; it also keeps the parser's recursion shallow. */
    private static final int DEEPEST = 10;

    /** One property as written: its value (still escaped) and the two parameters the diary uses. */
    record RawProperty(String value, String tzid, String valueType) {
    }

    /** One VEVENT as written, reduced to {@link #EVENT_PROPERTIES}; {@code position} is its place in the file. */
    record RawEvent(int position, Map<String, List<RawProperty>> properties) {
        RawProperty first(String name) {
            List<RawProperty> all = properties.get(name);
            return all == null ? null : all.get(0);
        }

        List<RawProperty> all(String name) {
            return properties.getOrDefault(name, List.of());
        }
    }

    private final List<PropertyFactory<? extends Property>> propertyFactories = new DefaultPropertyFactorySupplier().get();
    private final java.util.function.Consumer<RawEvent> events;
    private int eventCount;
    private final Map<String, ZoneRules> fileZones;
    private final Set<String> unusableZones = new LinkedHashSet<>();
    private final List<String> path = new ArrayList<>();
    private int calendars;

    private Map<String, List<RawProperty>> event;
    private List<Property> timeZoneProperties;
    private List<Observance> observances;
    private String timeZoneId;
    private boolean timeZoneBroken;
    private List<Property> observanceProperties;

    private String propertyName;
    private boolean keepProperty;
    private String propertyValue;
    private String tzid;
    private String valueType;

    /**
     * @param fileZones where each VTIMEZONE's rules go as soon as it ends (TZID → rules)
     * @param events    where each VEVENT goes as soon as it ends, in file order
     */
    CalendarCollector(Map<String, ZoneRules> fileZones, java.util.function.Consumer<RawEvent> events) {
        this.fileZones = fileZones;
        this.events = events;
    }

    /** How many VEVENTs were read. */
    int eventCount() {
        return eventCount;
    }

    /** TZID → the rules its VTIMEZONE defines, for each VTIMEZONE ical4j could turn into rules. */
    Map<String, ZoneRules> fileZones() {
        return fileZones;
    }

    /** TZIDs whose VTIMEZONE was written but could not be used. */
    Set<String> unusableZones() {
        return unusableZones;
    }

    int calendars() {
        return calendars;
    }

    @Override
    public void startCalendar() {
        path.clear();
    }

    @Override
    public void endCalendar() {
        calendars++;
    }

    @Override
    public void startComponent(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        path.add(upper);
        if (path.size() > DEEPEST) {
            throw new IllegalStateException("components are nested more than " + DEEPEST + " deep");
        }
        if (at("VEVENT")) {
            event = new LinkedHashMap<>();
        } else if (at("VTIMEZONE")) {
            timeZoneProperties = new ArrayList<>();
            observances = new ArrayList<>();
            timeZoneId = null;
            timeZoneBroken = false;
        } else if (inObservance()) {
            observanceProperties = new ArrayList<>();
        }
    }

    @Override
    public void endComponent(String name) {
        if (path.isEmpty()) {
            return;
        }
        if (at("VEVENT")) {
            RawEvent ended = new RawEvent(eventCount++, event);
            event = null;
            events.accept(ended);
        } else if (at("VTIMEZONE")) {
            addTimeZone();
        } else if (inObservance()) {
            // without these ical4j logs a warning and guesses; the zone is then resolved by its name instead
            List<String> names = observanceProperties.stream().map(Property::getName).toList();
            timeZoneBroken |= !names.containsAll(List.of("DTSTART", "TZOFFSETFROM", "TZOFFSETTO"));
            observances.add("STANDARD".equals(last())
                    ? new Standard(new PropertyList(observanceProperties))
                    : new Daylight(new PropertyList(observanceProperties)));
        }
        path.remove(path.size() - 1);
    }

    @Override
    public void startProperty(String name) {
        propertyName = name.toUpperCase(Locale.ROOT);
        keepProperty = at("VEVENT") ? EVENT_PROPERTIES.contains(propertyName)
                : at("VTIMEZONE") ? "TZID".equals(propertyName)
                : inObservance() && OBSERVANCE_PROPERTIES.contains(propertyName);
        propertyValue = null;
        tzid = null;
        valueType = null;
    }

    @Override
    public void propertyValue(String value) {
        if (keepProperty) {
            propertyValue = value;
        }
    }

    @Override
    public void parameter(String name, String value) {
        if (!keepProperty || !at("VEVENT")) {
            return; // VTIMEZONE properties need no parameters; ical4j drops a TZID there too
        }
        if ("TZID".equalsIgnoreCase(name)) {
            tzid = decodeParameter(value);
        } else if ("VALUE".equalsIgnoreCase(name)) {
            valueType = decodeParameter(value).toUpperCase(Locale.ROOT);
        }
    }

    @Override
    public void endProperty(String name) {
        if (!keepProperty || propertyValue == null) {
            return;
        }
        if (at("VEVENT")) {
            event.computeIfAbsent(propertyName, key -> new ArrayList<>())
                    .add(new RawProperty(propertyValue, tzid, valueType));
        } else if (at("VTIMEZONE")) {
            timeZoneId = decodeParameter(propertyValue.strip());
            timeZoneProperties.add(new TzId(timeZoneId));
        } else {
            try {
                Property property = new PropertyBuilder(propertyFactories).name(propertyName).value(propertyValue).build();
                if (property instanceof RRule<?> rule && !yearly(rule.getRecur())) {
                    timeZoneBroken = true;
                }
                observanceProperties.add(property);
            } catch (RuntimeException unreadable) {
                timeZoneBroken = true;
            }
        }
        keepProperty = false;
    }

    private void addTimeZone() {
        if (timeZoneId == null || timeZoneId.isEmpty()) {
            return;
        }
        if (!timeZoneBroken && !observances.isEmpty()) {
            try {
                VTimeZone definition = new VTimeZone(new PropertyList(timeZoneProperties), new ComponentList<>(observances));
                fileZones.putIfAbsent(timeZoneId, new ZoneRulesBuilder().vTimeZone(definition).build());
                return;
            } catch (Exception unusable) { // ical4j: ConstraintViolationException, or a runtime exception
                // fall through: the TZID is then resolved by its name
            }
        }
        if (!fileZones.containsKey(timeZoneId)) {
            unusableZones.add(timeZoneId);
        }
    }

    /**
     * Clocks change once a year on a rule like "the last Sunday in March". ical4j expands an observance's rule
     * from its DTSTART (often 1601) to today, so a rule that fires more often would take it hours: such a
     * definition is not used.
     */
    private static boolean yearly(Recur<?> recur) {
        return recur.getFrequency() == Frequency.YEARLY && recur.getHourList().isEmpty()
                && recur.getMinuteList().isEmpty() && recur.getSecondList().isEmpty()
                && recur.getYearDayList().isEmpty() && recur.getWeekNoList().isEmpty();
    }

    /** True when the component being read is {@code name} directly inside VCALENDAR. */
    private boolean at(String name) {
        return path.size() == 1 && path.get(0).equals(name);
    }

    private boolean inObservance() {
        return path.size() == 2 && path.get(0).equals("VTIMEZONE")
                && (path.get(1).equals("STANDARD") || path.get(1).equals("DAYLIGHT"));
    }

    private String last() {
        return path.get(path.size() - 1);
    }

    /** A parameter value without its quotes and RFC 6868 escapes, as ical4j reads it. */
    private static String decodeParameter(String value) {
        try {
            return ParameterCodec.INSTANCE.decode(value);
        } catch (Exception undecodable) { // commons-codec's DecoderException
            return value;
        }
    }
}
