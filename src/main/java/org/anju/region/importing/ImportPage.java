package org.anju.region.importing;

import java.math.BigDecimal;
import org.anju.platform.InvalidRequestException;
import org.anju.region.Register;
import java.io.IOException;
import org.anju.identity.Jurisdictions;
import org.anju.platform.NotFoundException;
import org.anju.region.RegisterView.Estate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The clerk's import page: upload, then watch the background job (htmx polls its progress)
 * until it shows the refused rows or what was written. Also serves the template downloads.
 */
@Controller
class ImportPage {

    private final RegisterImport importer;
    private final ImportJobs jobs;
    private final ImportTemplate template;
    private final ProblemTexts texts;

    private final Register register;

    ImportPage(RegisterImport importer, ImportJobs jobs, ImportTemplate template, ProblemTexts texts,
               Register register) {
        this.register = register;
        this.importer = importer;
        this.jobs = jobs;
        this.template = template;
        this.texts = texts;
    }

    @GetMapping("/console/estates/{id}/import")
    String form(@PathVariable long id, Model model) {
        model.addAttribute("estate", importer.target(id));
        return "register/import";
    }

    @PostMapping("/console/estates/{id}/import")
    String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
                  @RequestParam(required = false) String longitude, @RequestParam(required = false) String latitude,
                  Model model) throws IOException {
        Estate estate = importer.target(id);
        if (file == null || file.isEmpty()) {
            return refuse(model, estate, "import.file.empty");
        }
        if (!(blank(longitude) && blank(latitude))) {
            try {
                register.setPosition(id, blank(longitude) ? null : new BigDecimal(longitude.strip()),
                        blank(latitude) ? null : new BigDecimal(latitude.strip()));
            } catch (NumberFormatException | InvalidRequestException e) {
                return refuse(model, estate, "error.estate.longitude");
            }
        }
        return jobs.start(username(), id, file.getOriginalFilename(), file.getBytes())
                .map(job -> "redirect:/console/estates/" + id + "/import/jobs/" + job.id())
                .orElseGet(() -> refuse(model, estate, "import.page.busy"));
    }

    @GetMapping("/console/estates/{id}/import/jobs/{job}")
    String job(@PathVariable long id, @PathVariable String job, Model model) {
        model.addAttribute("estate", importer.target(id));
        describe(model, id, job(id, job));
        return "register/import-job";
    }

    @GetMapping("/console/estates/{id}/import/jobs/{job}/progress")
    String progress(@PathVariable long id, @PathVariable String job, Model model) {
        importer.target(id);
        describe(model, id, job(id, job));
        return "register/import-progress :: progress";
    }

    @GetMapping("/console/register/import-template.xlsx")
    ResponseEntity<byte[]> templateXlsx() {
        return download(template.xlsx(), "xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @GetMapping("/console/register/import-template.csv")
    ResponseEntity<byte[]> templateCsv() {
        return download(template.csv(), "csv", new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8));
    }

    private ResponseEntity<byte[]> download(byte[] body, String extension, MediaType type) {
        String name = texts.text("import.template.fileName") + "." + extension;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(name, "register-template." + extension))
                .body(body);
    }

    /** The job as it stands now: one read of its state, so the page never mixes two stages. */
    private void describe(Model model, long estateId, ImportJob job) {
        ImportJob.State state = job.state();
        model.addAttribute("estateId", estateId);
        model.addAttribute("job", job);
        model.addAttribute("state", state.name());
        model.addAttribute("running", state.running());
        if (state == ImportJob.State.REFUSED) {
            model.addAttribute("problemDetail", texts.detail(job.problems()));
            model.addAttribute("problems", texts.lines(job.problems()));
        }
    }

    private ImportJob job(long estateId, String id) {
        return jobs.find(id, username()).filter(j -> j.estateId() == estateId)
                .orElseThrow(() -> new NotFoundException("import job", id));
    }

    private String refuse(Model model, Estate estate, String key) {
        model.addAttribute("estate", estate);
        model.addAttribute("error", texts.text(key));
        return "register/import";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String username() {
        return Jurisdictions.currentUser().orElseThrow().getUsername();
    }
}
