package org.anju.stats.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.stats.SupervisionTasks;
import org.anju.stats.SupervisionView;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Supervision tasks (督查督办): the county assigns, the township reports back, the county accepts or returns. */
@RestController
@RequestMapping("/api/v1/stats/supervision")
@Tag(name = "统计考核")
class SupervisionApi {

    /** Body of accept and return. */
    record Decision(String note) {
    }

    private final SupervisionTasks tasks;

    SupervisionApi(SupervisionTasks tasks) {
        this.tasks = tasks;
    }

    @GetMapping("/tasks")
    @Operation(summary = "督查督办任务 (县级: 全部; 乡镇办: 本乡镇办)", description = "overdue=true: still with the "
            + "township after the deadline. County and township roles only (else 403).")
    PageResult<SupervisionView.Task> list(@RequestParam(required = false) SupervisionView.Status status,
                                          @RequestParam(required = false) Boolean overdue,
                                          @RequestParam(required = false) Integer page,
                                          @RequestParam(required = false) Integer size) {
        return tasks.tasks(status, overdue, PageRequest.of(page, size));
    }

    @PostMapping("/tasks")
    @Operation(summary = "交办督查任务 (县级)", description = "Deadline: workingDays (from today, working calendar) or "
            + "dueOn; idempotencyKey makes a repeat return the first task.")
    SupervisionView.Detail assign(@RequestBody SupervisionTasks.NewAssignment task) {
        return tasks.assign(task);
    }

    @GetMapping("/tasks/{id}")
    @Operation(summary = "督查任务及办理过程", description = "Another township's task is 404.")
    SupervisionView.Detail task(@PathVariable long id) {
        return tasks.task(id);
    }

    @PostMapping(value = "/tasks/{id}/report", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "乡镇办报送办理情况 (文字 + 附件)")
    SupervisionView.Detail report(@PathVariable long id, @RequestParam(required = false) String reportText,
                                  @RequestPart(name = "file", required = false) MultipartFile file) throws IOException {
        return tasks.report(id, reportText, Files.evidence(file));
    }

    @GetMapping("/tasks/{id}/attachment")
    @Operation(summary = "下载报送附件")
    ResponseEntity<byte[]> attachment(@PathVariable long id) {
        return Files.download(tasks.attachment(id));
    }

    @PostMapping("/tasks/{id}/accept")
    @Operation(summary = "县级验收办结")
    SupervisionView.Detail accept(@PathVariable long id, @RequestBody(required = false) Decision decision) {
        return tasks.decide(id, true, decision == null ? null : decision.note());
    }

    @PostMapping("/tasks/{id}/return")
    @Operation(summary = "县级退回重办 (须说明理由)")
    SupervisionView.Detail sendBack(@PathVariable long id, @RequestBody(required = false) Decision decision) {
        return tasks.decide(id, false, decision == null ? null : decision.note());
    }
}
