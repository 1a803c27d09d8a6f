package org.anju.workforce.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.workforce.Selections;
import org.anju.workforce.WorkforceView.Nomination;
import org.anju.workforce.WorkforceView.Selection;
import org.anju.workforce.WorkforceView.SelectionDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 最美物业人: selections, nominations, the residents' vote and the published result (plan §23). */
@RestController
@RequestMapping("/api/v1/workforce/selections")
@Tag(name = "workforce", description = "最美物业人评选")
class SelectionApi {

    private final Selections selections;

    SelectionApi(Selections selections) {
        this.selections = selections;
    }

    @GetMapping
    @Operation(summary = "本辖区及上级组织的最美物业人评选")
    PageResult<Selection> list(@RequestParam(required = false) Integer page,
                               @RequestParam(required = false) Integer size) {
        return selections.list(PageRequest.of(page, size));
    }

    @PostMapping
    @Operation(summary = "县或乡镇发起评选 (年度、名称、评选人数)")
    ResponseEntity<Selection> create(@RequestBody Selections.SelectionForm body) {
        Selection s = selections.create(body);
        return ResponseEntity.created(URI.create("/api/v1/workforce/selections/" + s.id())).body(s);
    }

    @GetMapping("/{id}")
    @Operation(summary = "评选详情: 候选人、得票和本人 (业主) 的投票")
    SelectionDetail get(@PathVariable long id) {
        return selections.get(id);
    }

    @PostMapping("/{id}/nominations")
    @Operation(summary = "物业企业 (本企业人员)、社区或乡镇推荐候选人")
    ResponseEntity<Nomination> nominate(@PathVariable long id, @RequestBody Selections.NominationForm body) {
        Nomination n = selections.nominate(id, body);
        return ResponseEntity.created(URI.create("/api/v1/workforce/selections/" + id)).body(n);
    }

    @PostMapping("/{id}/voting")
    @Operation(summary = "组织者结束推荐、开始居民投票")
    Selection openVoting(@PathVariable long id) {
        return selections.openVoting(id);
    }

    @PostMapping("/{id}/votes")
    @Operation(summary = "业主投票: 每位业主每次评选只能投一票")
    ResponseEntity<SelectionDetail> vote(@PathVariable long id, @RequestBody Selections.VoteForm body) {
        return ResponseEntity.created(URI.create("/api/v1/workforce/selections/" + id)).body(selections.vote(id, body));
    }

    @PostMapping("/{id}/publication")
    @Operation(summary = "组织者公布评选结果 (得票最多者当选, 并列者同时当选)")
    SelectionDetail publish(@PathVariable long id) {
        return selections.publish(id);
    }
}
