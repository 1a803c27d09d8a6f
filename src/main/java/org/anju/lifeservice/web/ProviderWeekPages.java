package org.anju.lifeservice.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.anju.identity.CountyLimitsPage;
import org.anju.lifeservice.Bookings;
import org.anju.lifeservice.LifeSettings;
import org.anju.lifeservice.LifeView.Booking;
import org.anju.platform.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The provider's week (issue 12: providers see their calendar): a week's bookings of the caller's jurisdiction (a
 * company: its own services), one column a day on a wide screen, one card a day on a phone; and the county's page
 * of booking limits.
 */
@Controller
class ProviderWeekPages {

    /** One day of the week and its bookings, in slot order. */
    record Day(LocalDate date, boolean today, List<Booking> bookings) {
    }

    private final Bookings bookings;
    private final LifeSettings settings;
    private final Clock clock;

    ProviderWeekPages(Bookings bookings, LifeSettings settings, Clock clock) {
        this.bookings = bookings;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping("/console/bookings/calendar")
    String week(@RequestParam(required = false) LocalDate week, Model model) {
        LocalDate today = LocalDate.now(clock);
        LocalDate monday = (week == null ? today : week).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var page = bookings.list(null, null, null, monday, monday.plusDays(6), new PageRequest(0, PageRequest.MAX_SIZE));
        List<Day> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate d = monday.plusDays(i);
            days.add(new Day(d, d.equals(today), page.content().stream()
                    .filter(b -> b.slotStart().atZoneSameInstant(clock.getZone()).toLocalDate().equals(d))
                    .sorted(Comparator.comparing(Booking::slotStart)).toList()));
        }
        model.addAttribute("days", days);
        model.addAttribute("monday", monday);
        model.addAttribute("total", page.totalElements());
        model.addAttribute("shown", page.content().size());
        model.addAttribute("now", OffsetDateTime.now(clock));
        return "lifeservice/calendar";
    }

    @GetMapping("/console/services/limits")
    String limits(Model model) {
        return CountyLimitsPage.show(model, settings.all(), "limits.bookingTitle", "services", "/console/services/limits");
    }

    @PostMapping("/console/services/limits/{name}")
    String change(@PathVariable String name, @RequestParam(required = false) Integer value,
                  RedirectAttributes redirect) {
        return CountyLimitsPage.change(() -> settings.change(name, value), redirect, "/console/services/limits");
    }
}
