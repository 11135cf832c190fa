package org.dwdiary.domain;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContractTest {

    private static long week(Contract contract) {
        return Arrays.stream(DayOfWeek.values()).mapToLong(contract::dailyMinutes).sum();
    }

    @Test
    void thirtySevenHoursOverFiveDaysIsSevenTwentyFourADay() {
        assertEquals(444, Contract.DEFAULT.dailyMinutes(DayOfWeek.MONDAY));
        assertEquals(444, Contract.DEFAULT.dailyMinutes(DayOfWeek.FRIDAY));
        assertEquals(0, Contract.DEFAULT.dailyMinutes(DayOfWeek.SATURDAY));
        assertEquals(37 * 60, week(Contract.DEFAULT));
    }

    @Test
    void oddMinutesGoToTheFirstWorkingDaysSoTheWeekAddsUpExactly() {
        Contract contract = Contract.DEFAULT.withWeeklyMinutes(37 * 60 + 3);
        assertEquals(445, contract.dailyMinutes(DayOfWeek.MONDAY));
        assertEquals(445, contract.dailyMinutes(DayOfWeek.WEDNESDAY));
        assertEquals(444, contract.dailyMinutes(DayOfWeek.THURSDAY));
        assertEquals(37 * 60 + 3, week(contract));
    }

    @Test
    void partTimeHoursAreSpreadOverTheirOwnDays() {
        Contract contract = FigureSetting.WORKING_DAYS.apply(Contract.DEFAULT.withWeeklyMinutes(22 * 60 + 30), "Tue,Thu,Sat");
        assertEquals(0, contract.dailyMinutes(DayOfWeek.MONDAY));
        assertEquals(450, contract.dailyMinutes(DayOfWeek.TUESDAY));
        assertEquals(450, contract.dailyMinutes(DayOfWeek.SATURDAY));
        assertEquals(22 * 60 + 30, week(contract));
    }
}
