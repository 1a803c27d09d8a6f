package org.anju.rating.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Role;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.PageRequest;
import org.anju.platform.QueryString;
import org.anju.rating.EntryStage;
import org.anju.rating.Evidence;
import org.anju.rating.EvidenceFiles;
import org.anju.rating.Objections;
import org.anju.rating.RatingView.Detail;
import org.anju.rating.RatingView.Round;
import org.anju.rating.RoundStatus;
import org.anju.rating.Rounds;
import org.anju.rating.Scoring;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
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
 * 星级评定 in the console: rounds (the county opens and publishes), a round's projects, and a project's page
 * where each role does its step: the company self-assesses, the township reviews, the county draws the panel and
 * enters the experts' sheets (or the township does), approves, and answers objections; anyone objects.
 */
@Controller
@RequestMapping("/console/rating")
class RatingPages {

    private final Rounds rounds;
    private final Scoring scoring;
    private final Objections objections;
    private final Evidence evidence;
    private final MessageSource messages;
    private final java.time.Clock clock;

    RatingPages(Rounds rounds, Scoring scoring, Objections objections, Evidence evidence, MessageSource messages,
                java.time.Clock clock) {
        this.rounds = rounds;
        this.scoring = scoring;
        this.objections = objections;
        this.evidence = evidence;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String home(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                Model model) {
        model.addAttribute("page", rounds.list(PageRequest.ofConsole(page, size)));
        model.addAttribute("pagerPath", "/console/rating");
        model.addAttribute("isCounty", Forms.role(Role.COUNTY_AUTHORITY));
        model.addAttribute("isOfficial", Forms.role(Role.COUNTY_AUTHORITY, Role.TOWNSHIP_OFFICE, Role.COMMUNITY));
        model.addAttribute("today", java.time.LocalDate.now(clock));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "rating/home";
    }

    @PostMapping("/rounds")
    String open(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect,
                HttpServletResponse response) {
        try {
            Round r = rounds.open(new Rounds.NewRound(params.get("title"), Forms.date(params.get("selfDue")),
                    Forms.integer(params.get("panelSize")), Forms.integer(params.get("objectionDays"))));
            redirect.addFlashAttribute("flash", "rating.opened");
            return "redirect:/console/rating/rounds/" + r.id();
        } catch (InvalidRequestException e) {
            response.setStatus(422);
            model.addAttribute("errors", Forms.texts(messages, e.errors()));
            model.addAttribute("form", params);
            return home(null, null, model);
        }
    }

    @GetMapping("/rounds/{id:\\d+}")
    String round(@PathVariable long id, @RequestParam(required = false) EntryStage stage,
                 @RequestParam(required = false) String text, @RequestParam(required = false) Integer page,
                 @RequestParam(required = false) Integer size, Model model) {
        model.addAttribute("round", rounds.get(id));
        model.addAttribute("page", rounds.entries(id, stage, text, PageRequest.ofConsole(page, size)));
        model.addAttribute("stage", stage);
        model.addAttribute("text", text);
        model.addAttribute("stages", EntryStage.values());
        model.addAttribute("pagerPath", "/console/rating/rounds/" + id);
        model.addAttribute("filterQuery", new QueryString().with("stage", stage).with("text", text).toString());
        model.addAttribute("isCounty", Forms.role(Role.COUNTY_AUTHORITY));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "rating/round";
    }

    @PostMapping("/rounds/{id:\\d+}/publication")
    String publish(@PathVariable long id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            rounds.publish(id);
            redirect.addFlashAttribute("flash", "rating.published");
            return "redirect:/console/rating/rounds/" + id;
        } catch (InvalidRequestException e) {
            response.setStatus(422);
            model.addAttribute("errors", Forms.texts(messages, e.errors()));
            return round(id, null, null, null, null, model);
        }
    }

    @GetMapping("/rounds/{id:\\d+}/entries/{projectId:\\d+}")
    String entry(@PathVariable long id, @PathVariable long projectId, Model model) {
        Detail d = rounds.detail(id, projectId);
        model.addAttribute("d", d);
        boolean open = d.round().status() == RoundStatus.OPEN;
        EntryStage stage = d.entry().stage();
        Map<String, Object> can = new HashMap<>();
        can.put("self", open && Forms.role(Role.PROPERTY_COMPANY)
                && (stage == EntryStage.PENDING || stage == EntryStage.SELF_ASSESSED));
        can.put("review", open && Forms.role(Role.TOWNSHIP_OFFICE) && (stage == EntryStage.SELF_ASSESSED
                || stage == EntryStage.PENDING && !java.time.LocalDate.now(clock).isBefore(d.round().selfDue())
                || stage == EntryStage.REVIEWED && d.panel().stream().noneMatch(m -> m.scored())));
        can.put("draw", open && Forms.role(Role.COUNTY_AUTHORITY) && stage == EntryStage.REVIEWED
                && d.panel().isEmpty());
        can.put("experts", open && Forms.role(Role.COUNTY_AUTHORITY, Role.TOWNSHIP_OFFICE)
                && (stage == EntryStage.REVIEWED || stage == EntryStage.SCORED));
        can.put("approve", open && Forms.role(Role.COUNTY_AUTHORITY) && stage == EntryStage.SCORED);
        can.put("object", stage == EntryStage.PUBLISHED && d.round().objectionUntil() != null
                && !java.time.LocalDate.now(clock).isAfter(d.round().objectionUntil()));
        can.put("answer", stage == EntryStage.PUBLISHED && Forms.role(Role.COUNTY_AUTHORITY));
        model.addAttribute("can", can);
        model.addAttribute("files", evidence.readable() ? evidence.list(id, projectId) : null);
        Map<String, Map<Long, Object>> sheets = new HashMap<>();
        d.sheets().forEach(s -> {
            Map<Long, Object> m = new HashMap<>();
            s.points().forEach(p -> m.put(p.itemId(), p.vetoed() ? "veto" : p.points()));
            sheets.put(s.phase() + (s.expertId() == null ? "" : s.expertId()), m);
        });
        model.addAttribute("sheets", sheets);
        model.addAttribute("user", Jurisdictions.currentUser().map(u -> u.getUsername()).orElse(""));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "rating/entry";
    }

    @PostMapping("/rounds/{id:\\d+}/entries/{projectId:\\d+}/self-assessment")
    String selfAssess(@PathVariable long id, @PathVariable long projectId, @RequestParam Map<String, String> params,
                      Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, projectId, () -> scoring.selfAssess(id, projectId, Forms.sheet(params)), "rating.selfSaved",
                model, redirect, response);
    }

    @PostMapping("/rounds/{id:\\d+}/entries/{projectId:\\d+}/evidence")
    String addEvidence(@PathVariable long id, @PathVariable long projectId,
                       @RequestParam(name = "files", required = false) List<MultipartFile> files,
                       @RequestParam(required = false) String itemId, Model model, RedirectAttributes redirect,
                       HttpServletResponse response) throws IOException {
        List<EvidenceFiles.Upload> uploads = Forms.uploads(files);
        return act(id, projectId, () -> evidence.add(id, projectId, Forms.longValue(itemId), uploads),
                "rating.evidenceAdded", model, redirect, response);
    }

    @PostMapping("/rounds/{id:\\d+}/entries/{projectId:\\d+}/evidence/{evidenceId:\\d+}/delete")
    String deleteEvidence(@PathVariable long id, @PathVariable long projectId, @PathVariable long evidenceId,
                          Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, projectId, () -> {
            evidence.delete(id, projectId, evidenceId);
            return null;
        }, "rating.evidenceDeleted", model, redirect, response);
    }

    @GetMapping("/rounds/{id:\\d+}/entries/{projectId:\\d+}/evidence/{evidenceId:\\d+}")
    ResponseEntity<byte[]> evidenceFile(@PathVariable long id, @PathVariable long projectId,
                                        @PathVariable long evidenceId) {
        return Forms.serve(evidence.file(id, projectId, evidenceId));
    }

    @PostMapping("/rounds/{id:\\d+}/entries/{projectId:\\d+}/township-review")
    String review(@PathVariable long id, @PathVariable long projectId, @RequestParam Map<String, String> params,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, projectId, () -> scoring.review(id, projectId, Forms.sheet(params)), "rating.reviewSaved",
                model, redirect, response);
    }

    @PostMapping("/rounds/{id:\\d+}/entries/{projectId:\\d+}/panel")
    String panel(@PathVariable long id, @PathVariable long projectId, Model model, RedirectAttributes redirect,
                 HttpServletResponse response) {
        return act(id, projectId, () -> scoring.drawPanel(id, projectId), "rating.panelDrawn", model, redirect,
                response);
    }

    @PostMapping("/rounds/{id:\\d+}/entries/{projectId:\\d+}/expert-scores")
    String expert(@PathVariable long id, @PathVariable long projectId, @RequestParam Map<String, String> params,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Long expert = Forms.longValue(params.get("expertId"));
        return act(id, projectId, () -> scoring.expertScore(id, projectId, expert == null ? -1 : expert,
                Forms.sheet(params)), "rating.expertSaved", model, redirect, response);
    }

    @PostMapping("/rounds/{id:\\d+}/entries/{projectId:\\d+}/approval")
    String approve(@PathVariable long id, @PathVariable long projectId, Model model, RedirectAttributes redirect,
                   HttpServletResponse response) {
        return act(id, projectId, () -> rounds.approve(id, projectId), "rating.approved", model, redirect, response);
    }

    @PostMapping("/rounds/{id:\\d+}/entries/{projectId:\\d+}/objections")
    String object(@PathVariable long id, @PathVariable long projectId, @RequestParam(required = false) String reason,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, projectId, () -> objections.object(id, projectId, reason), "rating.objected", model, redirect,
                response);
    }

    @PostMapping("/rounds/{id:\\d+}/entries/{projectId:\\d+}/objections/{objectionId:\\d+}/answer")
    String answer(@PathVariable long id, @PathVariable long projectId, @PathVariable long objectionId,
                  @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        return act(id, projectId, () -> objections.answer(id, projectId, objectionId, new Objections.Answer(
                        params.get("outcome"), Forms.integer(params.get("revisedStar")), params.get("answer"))),
                "rating.answered", model, redirect, response);
    }

    /** Runs a write; on refusal shows the project again with the errors (422), nothing written. */
    private String act(long id, long projectId, Supplier<?> write, String flash, Model model,
                       RedirectAttributes redirect, HttpServletResponse response) {
        try {
            write.get();
            redirect.addFlashAttribute("flash", flash);
            return "redirect:/console/rating/rounds/" + id + "/entries/" + projectId;
        } catch (InvalidRequestException e) {
            response.setStatus(422);
            model.addAttribute("errors", Forms.texts(messages, e.errors()));
            return entry(id, projectId, model);
        }
    }
}
