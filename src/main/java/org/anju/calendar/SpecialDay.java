package org.anju.calendar;

import java.time.LocalDate;

/** One day that is not what its weekday says, with the holiday it belongs to. */
public record SpecialDay(LocalDate day, DayKind kind, String name) {
}
