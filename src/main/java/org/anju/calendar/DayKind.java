package org.anju.calendar;

/** An exception to the rule that Monday to Friday are worked and weekends are rest days. */
public enum DayKind {
    /** A public holiday (法定节假日及调休放假): no work even on a weekday. */
    HOLIDAY,
    /** A weekend day worked instead (调休上班). */
    WORKDAY
}
