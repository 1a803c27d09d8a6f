/**
 * Calendar: the official working-day calendar (工作日) that every deadline in working days counts
 * with: weekends, public holidays and the weekend days worked instead (调休上班). The county enters
 * each new year when the State Council announces it; 2026 ships as data (rules.md §8).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Working-day calendar")
package org.anju.calendar;
