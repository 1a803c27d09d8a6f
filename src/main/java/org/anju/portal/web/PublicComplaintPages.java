package org.anju.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.PageRequest;
import org.anju.portal.PublicComplaintDesk;
import org.anju.portal.PublicComplaintDesk.Filing;
import org.anju.region.PublicRegisterFigures;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Filing a complaint without login, and looking up its progress by case number and code. */
@Controller
class PublicComplaintPages {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final PublicComplaintDesk desk;
    private final PublicRegisterFigures register;
    private final Clock clock;

    PublicComplaintPages(PublicComplaintDesk desk, PublicRegisterFigures register, Clock clock) {
        this.desk = desk;
        this.register = register;
        this.clock = clock;
    }

    @GetMapping("/public/complaints/new")
    String form(@RequestParam(required = false) Long estateId, @RequestParam(required = false) String q, Model model) {
        return form(model, new Filing(estateId, null, null, null, null, null, null), q);
    }

    @PostMapping("/public/complaints")
    String file(@RequestParam(required = false) Long estateId, @RequestParam(required = false) String category,
                @RequestParam(required = false) String text, @RequestParam(required = false) String location,
                @RequestParam(required = false) String reporterName,
                @RequestParam(required = false) String reporterPhone,
                @RequestParam(required = false) String website, HttpServletRequest request,
                HttpServletResponse response, Model model) {
        Filing f = new Filing(estateId, category, text, location, reporterName, reporterPhone, website);
        try {
            model.addAttribute("receipt", desk.file(f, request.getRemoteAddr()));
            return "portal/complaint-filed";
        } catch (InvalidRequestException e) {
            response.setStatus(e.status() == 400 ? 422 : e.status());
            model.addAttribute("errors", e.errors());
            return form(model, f, null);
        }
    }

    @GetMapping("/public/complaints/status")
    String status(@RequestParam(required = false) String number, @RequestParam(required = false) String code,
                  HttpServletResponse response, Model model) {
        model.addAttribute("number", number);
        if (number != null && code != null) {
            var status = desk.status(number, code);
            model.addAttribute("status", status.orElse(null));
            Map<Instant, String> times = new HashMap<>();
            status.ifPresent(st -> {
                times.put(st.dueAt(), TIME.format(st.dueAt().atZone(clock.getZone())));
                st.steps().forEach(x -> times.put(x.at(), TIME.format(x.at().atZone(clock.getZone()))));
            });
            model.addAttribute("times", times);
            model.addAttribute("notFound", status.isEmpty());
            if (status.isEmpty()) {
                response.setStatus(404);
            }
        }
        return "portal/complaint-status";
    }

    private String form(Model model, Filing f, String q) {
        var estate = f.estateId() == null ? null : register.estate(f.estateId()).orElse(null);
        model.addAttribute("form", f);
        model.addAttribute("estate", estate);
        model.addAttribute("q", q);
        model.addAttribute("categories", desk.categories());
        if (estate == null && q != null && !q.isBlank()) {
            model.addAttribute("matches", register.estates(q, PageRequest.of(0, 20)).content());
        }
        return "portal/complaint-form";
    }
}
