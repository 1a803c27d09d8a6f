package org.anju.casework.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.anju.casework.BodyKind;
import org.anju.casework.CaseAction;
import org.anju.casework.CaseStatus;
import org.anju.casework.CaseView.Detail;
import org.anju.casework.Channel;
import org.anju.casework.Complaints;
import org.anju.casework.DutyList;
import org.anju.casework.CaseView;
import org.anju.casework.PhotoCheck;
import org.anju.casework.Rating;
import org.anju.casework.Urgency;
import org.anju.identity.AnjuUser;
import org.anju.identity.DepartmentDirectory;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Permission;
import org.anju.identity.Role;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.PageRequest;
import org.anju.platform.QueryString;
import org.anju.region.Register;
import org.anju.region.RegisterFilter;
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
 * 投诉工单 pages: the list (server-side paged and filtered; an owner's own reports, a body's work), the report
 * form (an owner on a phone, or a clerk entering a hotline or walk-in report), and the detail with its timeline,
 * photos and the forms of the actions the caller may take. A refused form comes back with its errors.
 */
@Controller
@RequestMapping("/console/complaints")
class ComplaintPages {

    /** The list's filters, as the template reads them. */
    record Filter(CaseStatus status, String category, Long townshipId, BodyKind bodyKind, Boolean overdue) {
    }

    /** What the report form shows again after a refusal. */
    record Form(Long estateId, Long townshipId, Long communityId, String category, Urgency urgency, Channel channel,
                String text, String location, boolean anonymous, String reporterName, String reporterPhone) {
    }

    private static final PageRequest OPTIONS = new PageRequest(0, 100);

    private final Complaints complaints;
    private final DutyList duties;
    private final Register register;
    private final DepartmentDirectory departments;
    private final org.anju.casework.Mediations mediations;
    private final CaseMapChart chart;

    ComplaintPages(Complaints complaints, DutyList duties, Register register, DepartmentDirectory departments,
                   org.anju.casework.Mediations mediations, CaseMapChart chart) {
        this.chart = chart;
        this.mediations = mediations;
        this.complaints = complaints;
        this.duties = duties;
        this.register = register;
        this.departments = departments;
    }

    @org.springframework.web.bind.annotation.ModelAttribute("zone")
    java.time.ZoneId zone() {
        return org.anju.casework.DeadlinePolicy.ZONE;
    }

    @GetMapping
    String list(@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) String category,
                @RequestParam(required = false) Long townshipId, @RequestParam(required = false) BodyKind bodyKind,
                @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Long estateId,
                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                Model model) {
        AnjuUser u = Jurisdictions.currentUser().orElseThrow();
        model.addAttribute("filter", new Filter(status, category, townshipId, bodyKind, overdue));
        model.addAttribute("townships", government(u) ? register.filterRegions(townshipId).townships() : List.of());
        var cases = complaints.list(new Complaints.Filter(status, category, townshipId, estateId,
                bodyKind, overdue), PageRequest.ofConsole(page, size));
        model.addAttribute("page", cases);
        // the map's click: the estate's name from its first case (no case in scope, no name: the filter still holds)
        model.addAttribute("estateId", estateId);
        model.addAttribute("estateName", estateId == null || cases.content().isEmpty() ? null
                : cases.content().get(0).estateName());
        model.addAttribute("pagerPath", "/console/complaints");
        model.addAttribute("filterQuery", new QueryString().with("status", status).with("category", category)
                .with("townshipId", townshipId).with("bodyKind", bodyKind).with("overdue", overdue)
                .with("estateId", estateId).toString());
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("bodyKinds", BodyKind.values());
        model.addAttribute("categories", duties.categories());
        model.addAttribute("canFile", u.role() == Role.OWNER || clerk(u));
        model.addAttribute("isOwner", u.role() == Role.OWNER);
        model.addAttribute("canEditDuty", DutyList.mayEdit());
        return "casework/list";
    }

    /**
     * The map of cases: an ECharts scatter on a longitude/latitude plane (no online tiles: many county intranets
     * have no internet), one dot per estate sized by its open cases and red when some are overdue; a click opens the
     * estate's cases. The same scope and filters as the list.
     */
    @GetMapping("/map")
    String map(@RequestParam(required = false) String category, @RequestParam(required = false) Long townshipId,
               @RequestParam(required = false) BodyKind bodyKind, Model model, java.util.Locale locale) {
        AnjuUser u = Jurisdictions.currentUser().orElseThrow();
        CaseView.CaseMap map = complaints.map(category, townshipId, bodyKind);
        model.addAttribute("map", map);
        model.addAttribute("filter", new Filter(null, category, townshipId, bodyKind, null));
        model.addAttribute("townships", government(u) ? register.filterRegions(townshipId).townships() : List.of());
        model.addAttribute("bodyKinds", BodyKind.values());
        model.addAttribute("categories", duties.categories());
        model.addAttribute("chartOption", chart.option(map, locale));
        model.addAttribute("listQuery", new QueryString().with("category", category).with("townshipId", townshipId)
                .with("bodyKind", bodyKind).toString());
        return "casework/map";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        return form(model, new Form(null, null, null, null, Urgency.GENERAL, Channel.HOTLINE, null, null, false,
                null, null));
    }

    @PostMapping
    String file(@RequestParam(required = false) Long estateId, @RequestParam(required = false) Long townshipId,
                @RequestParam(required = false) Long communityId, @RequestParam(required = false) String category,
                @RequestParam(required = false) Urgency urgency, @RequestParam(required = false) Channel channel,
                @RequestParam(required = false) String text, @RequestParam(required = false) String location,
                @RequestParam(required = false) boolean anonymous, @RequestParam(required = false) String reporterName,
                @RequestParam(required = false) String reporterPhone,
                @RequestParam(name = "photos", required = false) List<MultipartFile> photos,
                Model model, RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        Form f = new Form(estateId, townshipId, communityId, category, urgency, channel, text, location, anonymous,
                reporterName, reporterPhone);
        try {
            long id = complaints.file(new Complaints.NewComplaint(estateId, category, urgency, channel, text, location,
                    anonymous, reporterName, reporterPhone), uploads(photos)).id();
            redirect.addFlashAttribute("flash", "casework.filed");
            return "redirect:/console/complaints/" + id;
        } catch (InvalidRequestException e) {
            response.setStatus(e.status() == 400 ? 422 : e.status());
            model.addAttribute("errors", e.errors());
            return form(model, f);
        }
    }

    @GetMapping("/{id:\\d+}")
    String detail(@PathVariable long id, Model model) {
        Detail d = complaints.get(id);
        model.addAttribute("detail", d);
        model.addAttribute("c", d.complaint());
        model.addAttribute("ratings", Rating.values());
        model.addAttribute("bodyKinds", BodyKind.values());
        model.addAttribute("departments", d.actions().contains(CaseAction.REROUTE) ? departments.all() : List.of());
        model.addAttribute("mediations", mediations.mediations(id));
        model.addAttribute("meetings", mediations.meetingsOf(id));
        model.addAttribute("outcomes", org.anju.casework.MediationView.Outcome.values());
        model.addAttribute("canMediate", Jurisdictions.currentUser().filter(ComplaintPages::clerk).isPresent());
        return "casework/detail";
    }

    @PostMapping("/{id:\\d+}/actions")
    String act(@PathVariable long id, @RequestParam(required = false) CaseAction action,
               @RequestParam(required = false) Integer version, @RequestParam(required = false) String note,
               @RequestParam(required = false) Rating rating, @RequestParam(required = false) BodyKind bodyKind,
               @RequestParam(required = false) Long departmentId,
               @RequestParam(name = "photos", required = false) List<MultipartFile> photos, Model model,
               RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        try {
            complaints.act(id, new Complaints.Act(action, version, note, rating, bodyKind, departmentId),
                    uploads(photos));
            redirect.addFlashAttribute("flash", "casework.done." + action.name());
            return "redirect:/console/complaints/" + id;
        } catch (InvalidRequestException e) {
            response.setStatus(e.status() == 400 ? 422 : e.status());
            model.addAttribute("errors", e.errors());
            model.addAttribute("failedAction", action);
            return detail(id, model);
        }
    }

    @PostMapping("/{id:\\d+}/mediations")
    String mediate(@PathVariable long id,
                   @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
                           iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate heldOn,
                   @RequestParam(required = false) String mediator, @RequestParam(required = false) String parties,
                   @RequestParam(required = false) String record,
                   @RequestParam(required = false) org.anju.casework.MediationView.Outcome outcome, Model model,
                   RedirectAttributes redirect, HttpServletResponse response) {
        try {
            mediations.mediate(id, new org.anju.casework.Mediations.NewMediation(heldOn, mediator, parties, record,
                    outcome));
            redirect.addFlashAttribute("flash", "casework.mediation.saved");
            return "redirect:/console/complaints/" + id;
        } catch (InvalidRequestException e) {
            response.setStatus(e.status() == 400 ? 422 : e.status());
            model.addAttribute("errors", e.errors());
            return detail(id, model);
        }
    }

    @GetMapping("/{id:\\d+}/photos/{photoId:\\d+}")
    void photo(@PathVariable long id, @PathVariable long photoId, HttpServletResponse response) throws IOException {
        PhotoCheck.Photo p = complaints.photo(id, photoId);
        response.setContentType(p.contentType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, max-age=3600");
        response.getOutputStream().write(p.data());
    }

    private String form(Model model, Form f) {
        AnjuUser u = Jurisdictions.currentUser().orElseThrow();
        boolean owner = u.role() == Role.OWNER;
        if (!owner && !clerk(u)) {
            throw new org.springframework.security.access.AccessDeniedException("COMPLAINT_INTAKE");
        }
        model.addAttribute("form", f);
        model.addAttribute("isOwner", owner);
        model.addAttribute("categories", duties.activeCategories());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("channels", List.of(Channel.HOTLINE, Channel.WALK_IN));
        if (owner) {
            model.addAttribute("ownEstates", register.estates(RegisterFilter.none(), OPTIONS).content());
        } else {
            var regions = register.filterRegions(f.townshipId());
            model.addAttribute("townships", regions.townships());
            model.addAttribute("communities", regions.communities());
            model.addAttribute("estateOptions", f.communityId() == null ? List.of() : register.estates(
                    new RegisterFilter(null, f.communityId(), null, null, null, "name"), OPTIONS).content());
        }
        return "casework/form";
    }

    static List<PhotoCheck.Upload> uploads(List<MultipartFile> files) throws IOException {
        List<PhotoCheck.Upload> list = new ArrayList<>();
        if (files != null) {
            for (MultipartFile f : files) {
                list.add(new PhotoCheck.Upload(f.getOriginalFilename(), f.getBytes()));
            }
        }
        return list;
    }

    private static boolean government(AnjuUser u) {
        return u.role() == Role.COUNTY_AUTHORITY || u.role() == Role.TOWNSHIP_OFFICE || u.role() == Role.COMMUNITY;
    }

    private static boolean clerk(AnjuUser u) {
        return government(u) && u.can(Permission.REGISTER_WRITE);
    }
}
