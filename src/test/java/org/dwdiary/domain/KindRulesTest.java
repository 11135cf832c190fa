package org.dwdiary.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KindRulesTest {

    @Test
    void defaultsAreTheWordsOfTheField() {
        assertEquals(Map.of(
                WorkKind.DIRECT, List.of("visit", "contact", "session"),
                WorkKind.RECORDING, List.of("notes", "recording", "report", "write-up", "statement", "email", "admin"),
                WorkKind.TRAVEL, List.of("travel", "drive", "train", "bus"),
                WorkKind.MEETINGS, List.of("meeting", "conference", "supervision", "panel", "strategy", "team", "training")),
                KindRules.defaults().keywords());
    }

    @Test
    void defaultsAreWrittenKindByKindInTheOrderOfTheKinds() {
        assertEquals("direct: visit, contact, session; "
                        + "recording: notes, recording, report, write-up, statement, email, admin; "
                        + "travel: travel, drive, train, bus; "
                        + "meetings: meeting, conference, supervision, panel, strategy, team, training",
                KindRules.defaults().format());
    }

    @ParameterizedTest(name = "\"{0}\" is written \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "direct: visit, contact, session; recording: notes, report; travel: drive; meetings: team"
                    + " | direct: visit, contact, session; recording: notes, report; travel: drive; meetings: team",
            // any order, display names, any case, loose spacing
            "MEETINGS:team;Travel :drive ; Direct work: Visit ,  CONTACT | direct: visit, contact; travel: drive; meetings: team",
            // kinds may be missing, or named without keywords
            "travel: drive                                   | travel: drive",
            "direct:; travel: drive;                         | travel: drive",
            // a kind named twice keeps both lists; a repeated keyword counts once
            "direct: visit; direct: session, visit           | direct: visit, session",
            // keywords of several words, hyphens and apostrophes; inner spaces made one
            "recording: write-up, case   notes, children's   | recording: write-up, case notes, children's",
            "''                                              | ''",
            "' ; ;  '                                        | ''",
    })
    void rulesAreReadInAnyOrderAndCaseAndWrittenTidily(String text, String expected) {
        KindRules rules = KindRules.parse(text);

        assertEquals(expected, rules.format());
        assertEquals(rules, KindRules.parse(rules.format()));
        assertEquals(rules.hashCode(), KindRules.parse(rules.format()).hashCode());
    }

    @Test
    void defaultsReadBackFromTheirText() {
        assertEquals(KindRules.defaults(), KindRules.parse(KindRules.defaults().format()));
    }

    @ParameterizedTest(name = "\"{0}\" has no keywords")
    @NullAndEmptySource
    @ValueSource(strings = {"  ", ";", "direct:", "meetings:   ; travel:"})
    void blankTextGivesRulesWithoutKeywords(String text) {
        KindRules rules = KindRules.parse(text);

        assertEquals("", rules.format());
        assertTrue(rules.keywords().values().stream().allMatch(List::isEmpty));
        assertEquals(Optional.empty(), rules.classify("Home visit"));
    }

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource(delimiter = '|', value = {
            "drect: visit                        | \"drect\" is not a kind: use direct, recording, travel or meetings",
            "direct: visit; breaks: lunch        | \"breaks\" is not a kind",
            "direct: visit, , session            | \"direct: visit, , session\" has an empty keyword: remove the extra comma",
            "direct: visit,                      | has an empty keyword",
            "direct: visit; travel: drive, Visit | \"visit\" is given to both direct and travel: a keyword can point to one kind only",
            "direct visit                        | \"direct visit\" has no colon: write a kind, a colon and its keywords",
            "direct: visit; : drive              | \": drive\" has no kind before the colon",
            "direct: vis*t                       | \"vis*t\" is not a keyword: use letters and digits",
            "direct: visit: home                 | \"visit: home\" is not a keyword",
            "direct: -visit                      | \"-visit\" is not a keyword",
            "direct: @d                          | \"@d\" is not a keyword",
    })
    void badRulesAreRefusedNamingTheBadPart(String text, String expected) {
        InputRefusedException refused = assertThrows(InputRefusedException.class, () -> KindRules.parse(text));

        assertTrue(refused.getMessage().contains(expected), refused.getMessage());
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "Home visit                  | DIRECT",
            "Home visits                 | DIRECT",
            "HOME VISIT                  | DIRECT",
            "Contact session             | DIRECT",
            "Supervised contact          | DIRECT",
            "Case notes                  | RECORDING",
            "Emails                      | RECORDING",
            "Assessment write-up         | RECORDING",
            "Assessment Write-ups        | RECORDING",
            "Court statement             | RECORDING",
            "Admin                       | RECORDING",
            "Drive to court              | TRAVEL",
            "Train back                  | TRAVEL",
            "Bus                         | TRAVEL",
            // both words are meetings: one kind, no question
            "Team meeting                | MEETINGS",
            "Child protection conference | MEETINGS",
            "Strategy discussion         | MEETINGS",
            // the longer keyword owns the word it matches: not travel's \"train\"
            "Training                    | MEETINGS",
            // a word is anything between non-letters
            "Post-visit call             | DIRECT",
            "(visit)                     | DIRECT",
            "Visiting                    | DIRECT",
            "Emailing                    | RECORDING",
    })
    void activityWordsPointToAKind(String activity, WorkKind expected) {
        assertEquals(Optional.of(expected), KindRules.defaults().classify(activity));
    }

    @ParameterizedTest(name = "\"{0}\" points to no kind")
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "Duty", "Phone call with family", "Care plan",
            // a keyword must start a word
            "Revisit plan", "Notebook", "Pre-write up",
            // and end it, give or take a plural or -ing: no travel in "Business", no direct in "Sessional"
            "Business support", "Sessional worker", "Busy day",
            // \"write-up\" is a sequence: \"write up\" with a space is not it
            "Write up"})
    void activityWithoutKeywordsPointsToNoKind(String activity) {
        assertEquals(Optional.empty(), KindRules.defaults().classify(activity));
    }

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource(delimiter = '|', value = {
            "Travel to visit        | \"Travel to visit\" could be travel (\"Travel\") or direct (\"visit\"): add @travel or @direct to say which",
            "Home visit notes       | could be direct (\"visit\") or recording (\"notes\"): add @direct or @recording",
            "Drive to team meeting  | could be travel (\"Drive\") or meetings (\"team\")",
            "Visit, drive, emails   | could be direct (\"Visit\"), travel (\"drive\") or recording (\"emails\"): add @direct, @travel or @recording",
            "Teams   call re visits | \"Teams call re visits\" could be meetings (\"Teams\") or direct (\"visits\")",
    })
    void keywordsOfTwoKindsAreRefusedNamingBothWords(String activity, String expected) {
        InputRefusedException refused = assertThrows(InputRefusedException.class,
                () -> KindRules.defaults().classify(activity));

        assertTrue(refused.getMessage().contains(expected), refused.getMessage());
    }

    @ParameterizedTest(name = "with \"{0}\", \"{1}\" is {2}")
    @CsvSource(delimiter = '|', value = {
            "direct: home visit                     | Home   visit today   | DIRECT",
            "direct: home visit                     | Visit at home        | ''",
            "recording: write-up; direct: up        | Write-up             | RECORDING",
            "recording: case notes; direct: case    | Case notes           | RECORDING",
            "recording: case notes; direct: case    | Case review          | DIRECT",
            "travel: train; meetings: training      | Training day         | MEETINGS",
            "travel: train; meetings: training      | Train home           | TRAVEL",
            "Meetings: TEAM                         | team                 | MEETINGS",
    })
    void ownRulesMatchTheSameWay(String rules, String activity, String expected) {
        Optional<WorkKind> kind = KindRules.parse(rules).classify(activity);

        assertEquals(expected.isEmpty() ? Optional.empty() : Optional.of(WorkKind.valueOf(expected)), kind);
    }

    @Test
    void keywordsCannotBeChangedFromOutside() {
        Map<WorkKind, List<String>> keywords = KindRules.defaults().keywords();

        assertThrows(UnsupportedOperationException.class, () -> keywords.put(WorkKind.DIRECT, List.of()));
        assertThrows(UnsupportedOperationException.class, () -> keywords.get(WorkKind.DIRECT).add("chat"));
    }

    @Test
    void rulesAreEqualByTheirKeywords() {
        assertEquals(KindRules.parse("travel: drive; direct: visit"), KindRules.parse("Direct work: VISIT; travel: drive"));
        assertNotEquals(KindRules.parse("travel: drive"), KindRules.parse("travel: drive, bus"));
        assertNotEquals(KindRules.parse("travel: drive"), KindRules.parse("direct: drive"));
    }
}
