package org.dwdiary.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkKindTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({
            "direct,        DIRECT",
            "DIRECT,        DIRECT",
            "Direct,        DIRECT",
            "Direct work,   DIRECT",
            "direct WORK,   DIRECT",
            "'  direct  ',  DIRECT",
            "recording,     RECORDING",
            "Recording,     RECORDING",
            "travel,        TRAVEL",
            "TRAVEL,        TRAVEL",
            "meetings,      MEETINGS",
            "Meetings,      MEETINGS",
    })
    void kindIsReadFromItsCodeOrNameInAnyCase(String text, WorkKind kind) {
        assertEquals(Optional.of(kind), WorkKind.fromText(text));
    }

    @ParameterizedTest(name = "\"{0}\" is no kind")
    @ValueSource(strings = {"", "  ", "break", "meeting", "direct-work", "directwork", "admin", "visit"})
    void unknownKindIsEmpty(String text) {
        assertEquals(Optional.empty(), WorkKind.fromText(text));
    }

    @Test
    void missingKindIsEmpty() {
        assertEquals(Optional.empty(), WorkKind.fromText(null));
    }

    @ParameterizedTest
    @EnumSource(WorkKind.class)
    void everyKindReadsBackFromWhatTheAppWrites(WorkKind kind) {
        assertEquals(kind, WorkKind.fromCode(kind.code()));
        assertEquals(Optional.of(kind), WorkKind.fromText(kind.code()));
        assertEquals(Optional.of(kind), WorkKind.fromText(kind.displayName()));
        assertTrue(WorkKind.choices().contains(kind.code()));
    }

    @Test
    void unknownStoredCodeIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> WorkKind.fromCode("Direct work"));
    }
}
