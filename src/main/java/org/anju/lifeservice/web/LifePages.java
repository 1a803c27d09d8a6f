package org.anju.lifeservice.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anju.identity.Jurisdiction;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Role;
import org.anju.lifeservice.BookingStatus;
import org.anju.lifeservice.Bookings;
import org.anju.lifeservice.LifeView.Service;
import org.anju.lifeservice.LifeView.Stat;
import org.anju.lifeservice.ServiceCatalogue;
import org.anju.lifeservice.ServiceCategory;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.PageRequest;
import org.anju.platform.QueryString;
import org.anju.region.Register;
import org.anju.region.RegisterFilter;
import org.anju.region.RegisterView.House;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Life-service pages: the catalogue (the company adds items; an owner taps 预约), the one-step booking form
 * on a phone (address from the house, a time slot, a note), the bookings list with each role's actions
 * (the provider's calendar by date), and the statistics with an ECharts chart.
 */
@Controller
class LifePages {

    private final ServiceCatalogue catalogue;
    private final Bookings bookings;
    private final Register register;
    private final Jurisdictions jurisdictions;
    private final JsonMapper json;
    private final Clock clock;
    private final org.springframework.context.MessageSource messages;

    LifePages(ServiceCatalogue catalogue, Bookings bookings, Register register, Jurisdictions jurisdictions,
              JsonMapper json, Clock clock, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.catalogue = catalogue;
        this.bookings = bookings;
        this.register = register;
        this.jurisdictions = jurisdictions;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/console/services")
    String list(@RequestParam(required = false) Long estateId, @RequestParam(required = false) ServiceCategory category,
                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                Model model) {
        boolean company = isRole(Role.PROPERTY_COMPANY);
        model.addAttribute("estateId", estateId);
        model.addAttribute("category", category);
        model.addAttribute("categories", ServiceCategory.values());
        model.addAttribute("estates", register.estates(new RegisterFilter(null, null, null, null, null, "name"),
                new PageRequest(0, 100)).content());
        // owners see what they can book; the company and supervisors see withdrawn items too
        model.addAttribute("page", catalogue.list(estateId, category, company || !isRole(Role.OWNER) ? null : true,
                PageRequest.ofConsole(page, size)));
        model.addAttribute("pagerPath", "/console/services");
        model.addAttribute("filterQuery", new QueryString().with("estateId", estateId).with("category", category)
                .toString());
        model.addAttribute("isCompany", company);
        model.addAttribute("canBook", isRole(Role.OWNER) || isRole(Role.COMMUNITY));
        return "lifeservice/services";
    }

    @PostMapping("/console/services")
    String add(@RequestParam(required = false) Long estateId, @RequestParam(required = false) ServiceCategory category,
               @RequestParam(required = false) String name, @RequestParam(required = false) String provider,
               @RequestParam(required = false) BigDecimal price, @RequestParam(required = false) String unit,
               @RequestParam(required = false) String hours, @RequestParam(required = false) String areaServed,
               RedirectAttributes redirect) {
        return attempt(redirect, "redirect:/console/services", () -> catalogue.add(new ServiceCatalogue.NewService(
                estateId, category, name, provider, price, unit, hours, areaServed)), "service.flash.added");
    }

    @PostMapping("/console/services/{id}/published")
    String publish(@PathVariable long id, @RequestParam(required = false) Boolean published,
                   RedirectAttributes redirect) {
        return attempt(redirect, "redirect:/console/services", () -> catalogue.publish(id, published),
                "service.flash.saved");
    }

    @GetMapping("/console/services/{id}/book")
    String bookForm(@PathVariable long id, Model model) {
        Service s = catalogue.get(id);
        Jurisdiction j = jurisdictions.current();
        List<House> houses = j.scope() == Jurisdiction.Scope.HOUSES ? j.houseIds().stream().sorted()
                .map(register::house).filter(h -> h.estateId() == s.estateId()).toList() : List.of();
        Map<Long, String> addresses = new LinkedHashMap<>();
        houses.forEach(h -> addresses.put(h.id(), Bookings.address(h)));
        model.addAttribute("service", s);
        model.addAttribute("addresses", addresses);
        model.addAttribute("elderly", houses.size() == 1 ? bookings.elderly(houses.get(0).id()) : List.of());
        model.addAttribute("day", LocalDate.now(clock).plusDays(1));
        return "lifeservice/book";
    }

    @PostMapping("/console/services/{id}/book")
    String book(@PathVariable long id, @RequestParam(required = false) Long houseId,
                @RequestParam(required = false) Long elderlyId, @RequestParam(required = false) LocalDate day,
                @RequestParam(required = false) String time, @RequestParam(defaultValue = "1") int hours,
                @RequestParam(required = false) String note, RedirectAttributes redirect) {
        OffsetDateTime start = null;
        try {
            if (day != null && time != null) {
                start = LocalDateTime.of(day, java.time.LocalTime.parse(time)).atZone(clock.getZone()).toOffsetDateTime();
            }
        } catch (java.time.format.DateTimeParseException e) {
            start = null;
        }
        OffsetDateTime from = start;
        String back = "redirect:/console/services/" + id + "/book";
        try {
            bookings.book(new Bookings.NewBooking(id, houseId, elderlyId, from,
                    from == null ? null : from.plusHours(Math.max(1, Math.min(hours, 8))), note));
            redirect.addFlashAttribute("flash", "booking.flash.booked");
            return "redirect:/console/bookings";
        } catch (InvalidRequestException e) {
            flashError(redirect, e);
            return back;
        }
    }

    @GetMapping("/console/bookings")
    String bookings(@RequestParam(required = false) BookingStatus status, @RequestParam(required = false) LocalDate from,
                    @RequestParam(required = false) LocalDate to, @RequestParam(required = false) Integer page,
                    @RequestParam(required = false) Integer size, Model model) {
        model.addAttribute("status", status);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("statuses", BookingStatus.values());
        model.addAttribute("page", bookings.list(null, null, status, from, to, PageRequest.ofConsole(page, size)));
        model.addAttribute("pagerPath", "/console/bookings");
        model.addAttribute("filterQuery", new QueryString().with("status", status).with("from", from).with("to", to)
                .toString());
        model.addAttribute("isProvider", isRole(Role.PROPERTY_COMPANY));
        model.addAttribute("isBooker", isRole(Role.OWNER) || isRole(Role.COMMUNITY));
        model.addAttribute("now", OffsetDateTime.now(clock));
        return "lifeservice/bookings";
    }

    @PostMapping("/console/bookings/{id}/{action}")
    String act(@PathVariable long id, @PathVariable String action, @RequestParam(required = false) String reason,
               @RequestParam(required = false) String worker, @RequestParam(required = false) BigDecimal quantity,
               @RequestParam(required = false) Integer rating, @RequestParam(required = false) String comment,
               RedirectAttributes redirect) {
        Runnable step = switch (action) {
            case "accept" -> () -> bookings.accept(id);
            case "schedule" -> () -> bookings.schedule(id, bookings.get(id).slotStart(), worker);
            case "complete" -> () -> bookings.complete(id, quantity);
            case "decline" -> () -> bookings.decline(id, reason);
            case "no-show" -> () -> bookings.noShow(id);
            case "cancel" -> () -> bookings.cancel(id, reason);
            case "rating" -> () -> bookings.rate(id, rating, comment);
            default -> throw new org.anju.platform.NotFoundException("action", action);
        };
        return attempt(redirect, "redirect:/console/bookings", step, "booking.flash.saved");
    }

    @GetMapping("/console/services/stats")
    String stats(@RequestParam(defaultValue = "ESTATE") Bookings.StatsBy by,
                 @RequestParam(required = false) Integer days, Model model) {
        List<Stat> rows = bookings.stats(by, null, days);
        model.addAttribute("by", by);
        model.addAttribute("days", days == null ? 90 : days);
        model.addAttribute("rows", rows);
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("top", 0));
        option.put("grid", Map.of("left", 40, "right", 40, "bottom", 60, "containLabel", true));
        option.put("xAxis", Map.of("type", "category", "data", rows.stream().map(Stat::name).toList(),
                "axisLabel", Map.of("rotate", 30)));
        String booked = text("service.bookings");
        String rating = text("service.rating");
        option.put("yAxis", List.of(Map.of("type", "value", "name", booked),
                Map.of("type", "value", "name", rating, "min", 0, "max", 5)));
        option.put("series", List.of(
                Map.of("name", booked, "type", "bar", "data", rows.stream().map(Stat::bookings).toList()),
                Map.of("name", text("service.completed"), "type", "bar",
                        "data", rows.stream().map(Stat::completed).toList()),
                Map.of("name", rating, "type", "line", "yAxisIndex", 1,
                        "data", rows.stream().map(r -> r.meanRating() == null ? 0 : r.meanRating()).toList())));
        model.addAttribute("chart", json.writeValueAsString(option));
        return "lifeservice/stats";
    }

    private String text(String key) {
        return messages.getMessage(key, null, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    private static boolean isRole(Role role) {
        return Jurisdictions.currentUser().filter(u -> u.role() == role).isPresent();
    }

    private static String attempt(RedirectAttributes redirect, String to, Runnable action, String flash) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", flash);
        } catch (InvalidRequestException e) {
            flashError(redirect, e);
        }
        return to;
    }

    private static void flashError(RedirectAttributes redirect, InvalidRequestException e) {
        InvalidRequestException.FieldError first = e.errors().isEmpty() ? null : e.errors().get(0);
        redirect.addFlashAttribute("errorKey", first == null ? e.detailKey() : first.messageKey());
        redirect.addFlashAttribute("errorArgs", first == null ? List.of() : List.of(first.args()));
    }
}
