package org.anju.governance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.anju.governance.HandoverView.Petition;
import org.anju.governance.PetitionKind;
import org.anju.governance.PetitionStatus;
import org.anju.governance.Petitions;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Petitions for a temporary meeting (临时会议) or a member's removal (罢免), within the caller's jurisdiction. */
@RestController
@Tag(name = "governance", description = "业主自治: 业委会、物管会及其备案")
class PetitionApi {

    private final Petitions petitions;

    PetitionApi(Petitions petitions) {
        this.petitions = petitions;
    }

    @GetMapping("/api/v1/petitions")
    @Operation(summary = "分页查询临时会议与罢免提议")
    PageResult<Petition> list(@RequestParam(required = false) Long townshipId,
                              @RequestParam(required = false) Long committeeId,
                              @RequestParam(required = false) PetitionKind kind,
                              @RequestParam(required = false) PetitionStatus status,
                              @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return petitions.list(townshipId, committeeId, kind, status, PageRequest.of(page, size));
    }

    @GetMapping("/api/v1/petitions/{id}")
    @Operation(summary = "提议详情; 不在管辖范围内为 404")
    Petition get(@PathVariable long id) {
        return petitions.get(id);
    }

    @PostMapping("/api/v1/petitions")
    @Operation(summary = "登记提议: 临时会议 (20% 业主或业委会) 或罢免 (20% 业主或 1/3 委员); 不足为 422")
    ResponseEntity<Petition> file(@RequestBody Petitions.NewPetition body) {
        Petition p = petitions.file(body);
        return ResponseEntity.created(URI.create("/api/v1/petitions/" + p.id())).body(p);
    }

    @PostMapping("/api/v1/petitions/{id}/order")
    @Operation(summary = "业委会拖延时乡镇责令召开; 乡镇或县")
    Petition order(@PathVariable long id, @RequestBody Petitions.Order body) {
        return petitions.order(id, body);
    }

    @PostMapping("/api/v1/petitions/{id}/decision")
    @Operation(summary = "记录会议结果; 罢免通过即免去委员职务、公告并开启 3 日个人交接")
    Petition decide(@PathVariable long id, @RequestBody Petitions.Decision body) {
        return petitions.decide(id, body);
    }
}
