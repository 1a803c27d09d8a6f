package org.anju.party.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.anju.party.CrossAppointment;
import org.anju.party.PartyOrganization;
import org.anju.party.PartyOrganization.HostKind;
import org.anju.party.PartyOrganization.Kind;
import org.anju.party.PartyOrganizations;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 党组织: Party branches covering estates in the caller's jurisdiction. */
@RestController
@RequestMapping("/api/v1/party-organizations")
@Tag(name = "party", description = "党组织")
class PartyApi {

    /** Body of POST /api/v1/party-organizations. */
    record PartyRequest(@NotNull Kind kind, @NotBlank @Size(max = 128) String name, @NotNull Long communityId,
                        @NotNull HostKind hostKind, Long hostId, @Size(max = 64) String secretary,
                        @Min(0) @Max(100_000) Integer memberCount, LocalDate foundedOn,
                        @NotEmpty @Size(max = 50) List<@NotNull Long> estateIds) {
    }

    /** Body of POST /api/v1/party-organizations/{id}/appointments. */
    record AppointmentRequest(@NotBlank @Size(max = 64) String personName, @Size(max = 128) String reference,
                              @NotNull CrossAppointment.Seat seat, @NotNull LocalDate from, LocalDate to) {
    }

    private final PartyOrganizations organizations;

    PartyApi(PartyOrganizations organizations) {
        this.organizations = organizations;
    }

    @GetMapping
    @Operation(summary = "分页查询管辖范围内的党组织")
    PageResult<PartyOrganization> list(@RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size,
                                       @RequestParam(required = false) Long townshipId,
                                       @RequestParam(required = false) Long communityId,
                                       @RequestParam(required = false) Kind kind) {
        return organizations.list(townshipId, communityId, kind, PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "党组织详情; 不存在或不在管辖范围内时为 404")
    PartyOrganization get(@PathVariable long id) {
        return organizations.get(id);
    }

    @GetMapping("/{id}/appointments")
    @Operation(summary = "党组织下登记的交叉任职")
    List<CrossAppointment> appointments(@PathVariable long id) {
        return organizations.appointments(id);
    }

    @PostMapping("/{id}/appointments")
    @Operation(summary = "登记交叉任职 (业委会成员、物业项目负责人进入社区党组织或居委会)")
    ResponseEntity<CrossAppointment> appoint(@PathVariable long id, @Valid @RequestBody AppointmentRequest body) {
        CrossAppointment created = organizations.appoint(id, new CrossAppointment.New(body.personName(),
                body.reference(), body.seat(), body.from(), body.to()));
        return ResponseEntity.created(URI.create("/api/v1/party-organizations/" + id + "/appointments")).body(created);
    }

    @PostMapping
    @Operation(summary = "登记党组织 (覆盖的小区须在管辖范围内且集中连片)")
    ResponseEntity<PartyOrganization> create(@Valid @RequestBody PartyRequest body) {
        PartyOrganization created = organizations.create(new PartyOrganization.New(body.kind(), body.name(),
                body.communityId(), body.hostKind(), body.hostId(), body.secretary(), body.memberCount(),
                body.foundedOn(), body.estateIds()));
        return ResponseEntity.created(URI.create("/api/v1/party-organizations/" + created.id())).body(created);
    }
}
