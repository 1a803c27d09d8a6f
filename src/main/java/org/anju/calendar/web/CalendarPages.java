package org.anju.calendar.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.anju.calendar.DayKind;
import org.anju.calendar.SpecialDay;
import org.anju.calendar.WorkingCalendar;
import org.anju.calendar.WorkingDays;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Role;
import org.anju.platform.InvalidRequestException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 工作日历 page: twelve month grids of a year, its special days, and the county's edit forms. */
@Controller
@RequestMapping("/console/system/calendar")
class CalendarPages {

    /** One cell of a month grid: null day = padding before the 1st. */
    record Cell(LocalDate day, boolean working, DayKind kind, String name) {
    }

    record Month(int month, List<List<Cell>> weeks) {
    }

    private final WorkingCalendar calendar;

    CalendarPages(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping
    String year(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? calendar.today().getYear() : year;
        WorkingCalendar.Year entered = calendar.year(y);
        WorkingDays days = calendar.days();
        Map<LocalDate, SpecialDay> byDay = entered.days().stream()
                .collect(Collectors.toMap(SpecialDay::day, d -> d));
        List<Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(month(YearMonth.of(y, m), days, byDay));
        }
        LocalDate today = calendar.today();
        model.addAttribute("year", y);
        model.addAttribute("entered", entered);
        model.addAttribute("months", months);
        model.addAttribute("today", today);
        // From November the State Council has usually announced next year: remind the county.
        model.addAttribute("nextYearMissing", today.getMonthValue() >= 11 && !days.knows(today.getYear() + 1));
        model.addAttribute("nextYear", today.getYear() + 1);
        model.addAttribute("kinds", DayKind.values());
        model.addAttribute("canEdit", Jurisdictions.currentUser().filter(u -> u.role() == Role.COUNTY_AUTHORITY)
                .isPresent());
        return "calendar/year";
    }

    @PostMapping("/days")
    String set(@RequestParam(required = false) String day, @RequestParam(required = false) DayKind kind,
               @RequestParam(required = false) String name, Model model, RedirectAttributes redirect,
               HttpServletResponse response) {
        LocalDate d = date(day);
        return act(d == null ? null : d.getYear(), () -> calendar.set(d, kind, name), "calendar.saved", model,
                redirect, response);
    }

    @PostMapping("/days/{day}/clear")
    String clear(@PathVariable String day, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        LocalDate d = date(day);
        if (d == null) {
            response.setStatus(404);
            return year(null, model);
        }
        return act(d.getYear(), () -> calendar.clear(d), "calendar.cleared", model, redirect, response);
    }

    @PostMapping("/years")
    String enter(@RequestParam(required = false) Integer year, @RequestParam(required = false) String source,
                 Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(year, () -> {
            if (year == null) {
                throw InvalidRequestException.field("year", "calendar.error.year");
            }
            return calendar.enterYear(year, source);
        }, "calendar.yearEntered", model, redirect, response);
    }

    private String act(Integer year, Supplier<?> write, String flash, Model model, RedirectAttributes redirect,
                       HttpServletResponse response) {
        try {
            write.get();
            redirect.addFlashAttribute("flash", flash);
            return "redirect:/console/system/calendar" + (year == null ? "" : "?year=" + year);
        } catch (InvalidRequestException e) {
            response.setStatus(422);
            model.addAttribute("errors", e.errors());
            return year(year != null && year >= 2000 && year <= 2100 ? year : null, model);
        }
    }

    private static Month month(YearMonth ym, WorkingDays days, Map<LocalDate, SpecialDay> byDay) {
        List<List<Cell>> weeks = new ArrayList<>();
        List<Cell> week = new ArrayList<>();
        int pad = ym.atDay(1).getDayOfWeek().getValue() - 1; // weeks start on Monday
        for (int i = 0; i < pad; i++) {
            week.add(new Cell(null, false, null, null));
        }
        for (int d = 1; d <= ym.lengthOfMonth(); d++) {
            LocalDate day = ym.atDay(d);
            SpecialDay s = byDay.get(day);
            week.add(new Cell(day, days.isWorkingDay(day), s == null ? null : s.kind(), s == null ? null : s.name()));
            if (week.size() == 7) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        if (!week.isEmpty()) {
            while (week.size() < 7) {
                week.add(new Cell(null, false, null, null));
            }
            weeks.add(week);
        }
        return new Month(ym.getMonthValue(), weeks);
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
