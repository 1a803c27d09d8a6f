package org.anju.voting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Role;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.PageRequest;
import org.anju.platform.QueryString;
import org.anju.region.Register;
import org.anju.region.RegisterFilter;
import org.anju.voting.Ballots;
import org.anju.voting.Choice;
import org.anju.voting.Matter;
import org.anju.voting.VoteMode;
import org.anju.voting.VoteSettings;
import org.anju.voting.VoteStatus;
import org.anju.voting.VoteView.Vote;
import org.anju.voting.Votes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 业主表决 for the organiser and the offices above it: the list, the form to start a vote, the detail with live
 * turnout (refreshed by htmx), the roll with its non-voters, the paper ballot sheet with its scan, close and publish.
 * A refused form comes back with its errors (422) and nothing written.
 */
@Controller
@RequestMapping("/console/votes")
class VotePages {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final int MOTION_ROWS = 6;

    private final Votes votes;
    private final Ballots ballots;
    private final Register register;
    private final VoteSettings settings;
    private final java.time.Clock clock;
    private final org.anju.region.ManagementAreas areas;

    VotePages(Votes votes, Ballots ballots, Register register, VoteSettings settings, java.time.Clock clock,
              org.anju.region.ManagementAreas areas) {
        this.areas = areas;
        this.settings = settings;
        this.clock = clock;
        this.votes = votes;
        this.ballots = ballots;
        this.register = register;
    }

    @GetMapping
    String list(@RequestParam(required = false) VoteStatus status, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer size, Model model) {
        if (isOwner()) {
            return "redirect:/console/me/votes";
        }
        model.addAttribute("page", votes.list(null, null, null, status, PageRequest.ofConsole(page, size)));
        model.addAttribute("status", status);
        model.addAttribute("statuses", VoteStatus.values());
        model.addAttribute("pagerPath", "/console/votes");
        model.addAttribute("filterQuery", new QueryString().with("status", status).toString());
        model.addAttribute("canOrganise", canOrganise());
        model.addAttribute("noticeSetting", settings.noticeMinDays());
        model.addAttribute("county", Jurisdictions.currentUser().filter(u -> u.role() == Role.COUNTY_AUTHORITY)
                .isPresent());
        return "voting/votes";
    }

    /** The county sets the minimum notice period before voting opens (audited). */
    @PostMapping("/settings")
    String saveSettings(@RequestParam(required = false) String noticeMinDays, Model model,
                        RedirectAttributes redirect, HttpServletResponse response) {
        try {
            Integer days;
            try {
                days = noticeMinDays == null ? null : Integer.valueOf(noticeMinDays.strip());
            } catch (NumberFormatException e) {
                days = null;
            }
            settings.setNoticeMinDays(days);
            redirect.addFlashAttribute("flash", "vote.settingsSaved");
            return "redirect:/console/votes";
        } catch (InvalidRequestException e) {
            response.setStatus(422);
            model.addAttribute("errors", e.errors());
            return list(null, null, null, model);
        }
    }

    @GetMapping("/new")
    String newForm(Model model) {
        return form(model, new LinkedHashMap<>());
    }

    @PostMapping
    String create(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        List<Votes.NewMotion> motions = new ArrayList<>();
        for (int i = 0; i < MOTION_ROWS; i++) {
            String title = params.get("motionTitle" + i);
            String matter = params.get("motionMatter" + i);
            if ((title == null || title.isBlank()) && (matter == null || matter.isBlank())) {
                continue;
            }
            motions.add(new Votes.NewMotion(title, enumOf(Matter.class, matter)));
        }
        try {
            Vote v = votes.create(new Votes.NewVote(longOf(params.get("estateId")), longOf(params.get("buildingId")),
                    params.get("section"), params.get("title"), enumOf(VoteMode.class, params.get("mode")),
                    time(params.get("opensAt")), time(params.get("closesAt")), params.get("notice"),
                    date(params.get("noticePostedOn")), motions, longOf(params.get("areaId"))));
            redirect.addFlashAttribute("flash", "vote.created");
            return "redirect:/console/votes/" + v.id();
        } catch (InvalidRequestException e) {
            response.setStatus(422);
            model.addAttribute("errors", e.errors());
            return form(model, params);
        }
    }

    @GetMapping("/{id:\\d+}")
    String detail(@PathVariable long id, @RequestParam(required = false) Boolean nonVoters,
                  @RequestParam(required = false) Integer page, Model model) {
        Vote v = votes.get(id);
        model.addAttribute("vote", v);
        model.addAttribute("organises", votes.organises(id));
        model.addAttribute("result", votes.result(id));
        boolean only = !Boolean.FALSE.equals(nonVoters);
        model.addAttribute("onlyNonVoters", only);
        model.addAttribute("voters", v.status() == VoteStatus.SCHEDULED ? null
                : votes.voters(id, only, PageRequest.ofConsole(page, 20)));
        model.addAttribute("pagerPath", "/console/votes/" + id);
        model.addAttribute("filterQuery", new QueryString().with("nonVoters", only).toString());
        model.addAttribute("closesEarly", v.closesAt().toInstant().isAfter(clock.instant()));
        return "voting/vote";
    }

    /** The turnout panel alone, for htmx to refresh while the vote is open. */
    @GetMapping("/{id:\\d+}/turnout")
    String turnout(@PathVariable long id, Model model) {
        model.addAttribute("vote", votes.get(id));
        model.addAttribute("result", votes.result(id));
        return "voting/vote :: turnout";
    }

    @PostMapping("/{id:\\d+}/close")
    String close(@PathVariable long id, @RequestParam(required = false) String reason, Model model,
                 RedirectAttributes redirect, HttpServletResponse response) {
        try {
            votes.close(id, reason);
            redirect.addFlashAttribute("flash", "vote.closed");
            return "redirect:/console/votes/" + id;
        } catch (InvalidRequestException e) {
            response.setStatus(422);
            model.addAttribute("errors", e.errors());
            return detail(id, null, null, model);
        }
    }

    @PostMapping("/{id:\\d+}/publish")
    String publish(@PathVariable long id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            votes.publish(id);
            redirect.addFlashAttribute("flash", "vote.published");
            return "redirect:/console/votes/" + id;
        } catch (InvalidRequestException e) {
            response.setStatus(422);
            model.addAttribute("errors", e.errors());
            return detail(id, null, null, model);
        }
    }

    @GetMapping("/{id:\\d+}/paper/{voterId:\\d+}")
    String paperForm(@PathVariable long id, @PathVariable long voterId, Model model) {
        Vote v = votes.get(id);
        model.addAttribute("vote", v);
        model.addAttribute("voter", votes.voter(id, voterId));
        model.addAttribute("recorded", ballots.ofVoter(id, voterId).stream()
                .collect(java.util.stream.Collectors.toMap(b -> b.motionId(), b -> b.choice())));
        model.addAttribute("voterId", voterId);
        model.addAttribute("choices", Choice.values());
        return "voting/paper";
    }

    @PostMapping("/{id:\\d+}/paper/{voterId:\\d+}")
    String recordPaper(@PathVariable long id, @PathVariable long voterId, @RequestParam Map<String, String> params,
                       Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Map<Long, Choice> choices = new LinkedHashMap<>();
        for (var m : votes.get(id).motions()) {
            Choice c = enumOf(Choice.class, params.get("choice" + m.id()));
            if (c == null) {
                response.setStatus(422);
                model.addAttribute("errors", List.of(new InvalidRequestException.FieldError("choice" + m.id(),
                        "vote.error.choice")));
                return paperForm(id, voterId, model);
            }
            choices.put(m.id(), c);
        }
        try {
            ballots.castPaperSheet(id, null, voterId, choices);
            redirect.addFlashAttribute("flash", "vote.paperRecorded");
            return "redirect:/console/votes/" + id + "/paper/" + voterId;
        } catch (InvalidRequestException e) {
            response.setStatus(422);
            model.addAttribute("errors", e.errors());
            return paperForm(id, voterId, model);
        }
    }

    @PostMapping("/{id:\\d+}/paper/{voterId:\\d+}/scan")
    String scan(@PathVariable long id, @PathVariable long voterId, @RequestParam(required = false) MultipartFile file,
                Model model, RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw InvalidRequestException.field("file", "vote.error.scanEmpty");
            }
            ballots.attachScan(id, null, voterId, file.getOriginalFilename(), file.getContentType(), file.getBytes());
            redirect.addFlashAttribute("flash", "vote.scanAttached");
            return "redirect:/console/votes/" + id + "/paper/" + voterId;
        } catch (InvalidRequestException e) {
            response.setStatus(422);
            model.addAttribute("errors", e.errors());
            return paperForm(id, voterId, model);
        }
    }

    private String form(Model model, Map<String, String> params) {
        model.addAttribute("estates", register.estates(new RegisterFilter(null, null, null, null, null, "name"),
                new PageRequest(0, PageRequest.MAX_SIZE)).content());
        Long estate = longOf(params.get("estateId"));
        model.addAttribute("buildings", estate == null ? List.of() : register.buildings(new RegisterFilter(null, null,
                estate, null, null, "name"), new PageRequest(0, PageRequest.MAX_SIZE)).content());
        List<org.anju.region.ManagementAreas.Area> estateAreas = List.of();
        if (estate != null) {
            try {
                estateAreas = areas.areas(estate);
            } catch (org.anju.platform.NotFoundException ignored) {
                // outside the caller's reach: no options, the facade answers 404 on save
            }
        }
        model.addAttribute("areas", estateAreas.size() > 1 ? estateAreas : List.of());
        model.addAttribute("form", params);
        model.addAttribute("modes", VoteMode.values());
        model.addAttribute("matters", Matter.values());
        model.addAttribute("motionRows", java.util.stream.IntStream.range(0, MOTION_ROWS).boxed().toList());
        model.addAttribute("noticeMinDays", settings.noticeMinDays().value());
        return "voting/vote-form";
    }

    static boolean isOwner() {
        return Jurisdictions.currentUser().filter(u -> u.role() == Role.OWNER).isPresent();
    }

    private static boolean canOrganise() {
        return Jurisdictions.currentUser().filter(u -> u.role() == Role.OWNERS_COMMITTEE
                || u.role() == Role.TOWNSHIP_OFFICE || u.role() == Role.COMMUNITY).isPresent();
    }

    static Long longOf(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String text) {
        try {
            return text == null || text.isBlank() ? null : Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A date field; unreadable counts as missing (the posting date then defaults to today). */
    static java.time.LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : java.time.LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A datetime-local field read in Asia/Shanghai; unreadable counts as missing (the facade names the field). */
    static OffsetDateTime time(String text) {
        try {
            return text == null || text.isBlank() ? null
                    : LocalDateTime.parse(text.strip()).atZone(ZONE).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
