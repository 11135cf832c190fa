package org.dwdiary.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FigureSettingTest {

    @ParameterizedTest(name = "contract-hours \"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "37:00 | 37:00", "37 | 37:00", "22:30 | 22:30", "22.5 | 22:30", "18.75 | 18:45", "30h | 30:00",
            "37 hours | 37:00", " 16:00 | 16:00", "0 | 0:00", "100 | 100:00", "7h30 | 7:30"})
    void contractHoursAreReadAsPeopleWriteThem(String input, String canonical) {
        assertEquals(canonical, FigureSetting.CONTRACT_HOURS.normalise(input));
    }

    @ParameterizedTest(name = "contract-hours \"{0}\" is refused")
    @CsvSource(delimiter = '|', value = {"thirty", "37:75", "101", "-5", "''", "37:00:00"})
    void badContractHoursAreRefusedNamingTheSettingAndValue(String input) {
        InputRefusedException refused = assertThrows(InputRefusedException.class,
                () -> FigureSetting.CONTRACT_HOURS.normalise(input));
        assertTrue(refused.getMessage().startsWith("contract-hours: \"" + input.strip() + "\""), refused.getMessage());
    }

    @ParameterizedTest(name = "working-days \"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "Mon-Fri | Mon-Fri", "mon–fri | Mon-Fri", "Monday to Friday | Mon-Fri", "Mon,Tue,Wed | Mon-Wed",
            "mon tue thu | Mon,Tue,Thu", "Mon, Wed, Fri | Mon,Wed,Fri", "Tuesdays and Thursdays | Tue,Thu",
            "Sat-Mon | Mon,Sat,Sun", "Mon-Sun | Mon-Sun", "tues,thurs | Tue,Thu", "Sun | Sun"})
    void workingDaysAreReadAsRangesAndLists(String input, String canonical) {
        assertEquals(canonical, FigureSetting.WORKING_DAYS.normalise(input));
    }

    @ParameterizedTest(name = "working-days \"{0}\" is refused")
    @CsvSource(delimiter = '|', value = {"''", "weekdays", "Mon-Fri-Sat", "M", "Mon,,Funday"})
    void badWorkingDaysAreRefused(String input) {
        InputRefusedException refused = assertThrows(InputRefusedException.class,
                () -> FigureSetting.WORKING_DAYS.normalise(input));
        assertTrue(refused.getMessage().startsWith("working-days: "), refused.getMessage());
    }

    @ParameterizedTest(name = "standard-window \"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "08:00-18:00 | 08:00-18:00", "8-18 | 08:00-18:00", "7:30 – 19:00 | 07:30-19:00", "8am to 6pm | 08:00-18:00",
            "09:00-17:30 | 09:00-17:30"})
    void windowsAreReadAsPeopleWriteThem(String input, String canonical) {
        assertEquals(canonical, FigureSetting.STANDARD_WINDOW.normalise(input));
    }

    @ParameterizedTest(name = "standard-window \"{0}\" is refused")
    @CsvSource(delimiter = '|', value = {"18:00-08:00", "08:00", "08:00-08:00", "8-25", "morning-evening"})
    void badWindowsAreRefused(String input) {
        InputRefusedException refused = assertThrows(InputRefusedException.class,
                () -> FigureSetting.STANDARD_WINDOW.normalise(input));
        assertTrue(refused.getMessage().startsWith("standard-window: \"" + input + "\""), refused.getMessage());
    }

    @ParameterizedTest(name = "direct-target \"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {"30% | 30%", "30 | 30%", "none | none", "off | none", "22.5% | 22.5%", "100 | 100%"})
    void targetsArePercentages(String input, String canonical) {
        assertEquals(canonical, FigureSetting.DIRECT_TARGET.normalise(input));
    }

    @ParameterizedTest(name = "direct-target \"{0}\" is refused")
    @CsvSource(delimiter = '|', value = {"0%", "120%", "lots", "0.3.1"})
    void badTargetsAreRefused(String input) {
        assertThrows(InputRefusedException.class, () -> FigureSetting.DIRECT_TARGET.normalise(input));
    }

    @Test
    void applyingValuesChangesOnlyThatPartOfTheContract() {
        Contract contract = FigureSetting.WORKING_DAYS.apply(Contract.DEFAULT, "Mon-Wed");
        contract = FigureSetting.STANDARD_WINDOW.apply(contract, "07:00-19:00");
        contract = FigureSetting.DIRECT_TARGET.apply(contract, "25%");
        assertEquals(37 * 60, contract.weeklyMinutes());
        assertEquals(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY), contract.workingDays());
        assertEquals(LocalTime.of(7, 0), contract.windowStart());
        assertEquals(0.25, contract.directTarget());
        assertNull(FigureSetting.DIRECT_TARGET.apply(contract, "none").directTarget());
    }

    @Test
    void keysAreFoundWhateverTheirCase() {
        assertEquals(FigureSetting.CONTRACT_HOURS, FigureSetting.fromKey("Contract-Hours").orElseThrow());
        assertTrue(FigureSetting.fromKey("contract").isEmpty());
    }
}
