package org.anju.iot.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Permission;
import org.anju.identity.Role;
import org.anju.iot.AlertStatus;
import org.anju.iot.Alerts;
import org.anju.iot.DeviceKind;
import org.anju.iot.Devices;
import org.anju.iot.Severity;
import org.anju.iot.internal.MqttBroker;
import org.anju.iot.internal.MqttIngest;
import org.anju.iot.internal.MqttSettings;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 智慧物联 pages: the live board (county or one estate; htmx refreshes the figures every 5 s without a page
 * reload, ECharts draws a device's recent readings), the device register and its form, a device's state,
 * the alert list, and the county's rules.
 */
@Controller
@RequestMapping("/console/iot")
class IotPages {

    private final Devices devices;
    private final Alerts alerts;
    private final Register register;
    private final MqttBroker broker;
    private final MqttIngest ingest;
    private final MqttSettings settings;

    IotPages(Devices devices, Alerts alerts, Register register, MqttBroker broker, MqttIngest ingest,
             MqttSettings settings) {
        this.devices = devices;
        this.alerts = alerts;
        this.register = register;
        this.broker = broker;
        this.ingest = ingest;
        this.settings = settings;
    }

    @GetMapping
    String board(@RequestParam(required = false) Long estateId, @RequestParam(required = false) String device,
                 Model model) {
        live(estateId, model);
        model.addAttribute("estateName", estateId == null ? null : register.estate(estateId).name());
        var first = model.getAttribute("board") instanceof org.anju.iot.IotView.Board b && !b.devicesList().isEmpty()
                ? b.devicesList().get(0).code() : null;
        model.addAttribute("chartDevice", device != null ? devices.get(device).code() : first);
        return "iot/board";
    }

    @GetMapping("/live")
    String live(@RequestParam(required = false) Long estateId, Model model) {
        model.addAttribute("board", devices.board(estateId));
        model.addAttribute("estateId", estateId);
        model.addAttribute("brokerStatus", broker.status().name());
        model.addAttribute("brokerWhere", broker.status() == MqttBroker.Status.EXTERNAL ? settings.url()
                : String.valueOf(broker.wantedPort()));
        model.addAttribute("brokerPort", broker.port());
        model.addAttribute("ingestConnected", ingest.connected());
        return "iot/board :: live";
    }

    @GetMapping("/devices")
    String list(@RequestParam(required = false) Long townshipId, @RequestParam(required = false) Long communityId,
                @RequestParam(required = false) Long estateId, @RequestParam(required = false) DeviceKind kind,
                @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer size, Model model) {
        var regions = register.filterRegions(townshipId);
        model.addAttribute("townships", regions.townships());
        model.addAttribute("communities", regions.communities());
        model.addAttribute("townshipId", townshipId);
        model.addAttribute("communityId", communityId);
        model.addAttribute("estateId", estateId);
        model.addAttribute("kind", kind);
        model.addAttribute("q", q);
        model.addAttribute("kinds", DeviceKind.values());
        model.addAttribute("page", devices.list(townshipId, communityId, estateId, kind, q,
                PageRequest.ofConsole(page, size)));
        model.addAttribute("pagerPath", "/console/iot/devices");
        model.addAttribute("filterQuery", new QueryString().with("townshipId", townshipId)
                .with("communityId", communityId).with("estateId", estateId).with("kind", kind).with("q", q)
                .toString());
        model.addAttribute("canWrite", canWrite());
        return "iot/devices";
    }

    @GetMapping("/devices/new")
    String newForm(Model model) {
        return form(model, new DeviceApi.DeviceRequest(null, null, null, null, null, null, null, null));
    }

    @PostMapping("/devices")
    String create(@RequestParam(required = false) String code, @RequestParam(required = false) DeviceKind kind,
                  @RequestParam(required = false) String name, @RequestParam(required = false) Long estateId,
                  @RequestParam(required = false) Long buildingId, @RequestParam(required = false) String maintainer,
                  @RequestParam(required = false) String installedOn, @RequestParam(required = false) String secret,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            var d = devices.register(new Devices.NewDevice(code, kind, name, estateId, buildingId, maintainer,
                    date(installedOn), secret));
            redirect.addFlashAttribute("flash", "iot.device.registered");
            return "redirect:/console/iot/devices/" + d.code();
        } catch (InvalidRequestException e) {
            response.setStatus(422);
            model.addAttribute("errors", e.errors());
            return form(model, new DeviceApi.DeviceRequest(code, kind, name, estateId, buildingId, maintainer,
                    date(installedOn), null));
        }
    }

    @GetMapping("/devices/{code}")
    String detail(@PathVariable String code, Model model) {
        model.addAttribute("device", devices.get(code));
        model.addAttribute("state", devices.state(code));
        model.addAttribute("alerts", alerts.list(null, code, null, null, null, new PageRequest(0, 20)));
        return "iot/device";
    }

    @GetMapping("/alerts")
    String alertList(@RequestParam(required = false) AlertStatus status,
                     @RequestParam(required = false) String deviceCode, @RequestParam(required = false) Long estateId,
                     @RequestParam(required = false) Severity severity, @RequestParam(required = false) DeviceKind kind,
                     @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                     Model model) {
        model.addAttribute("page", alerts.list(status, deviceCode, estateId, severity, kind,
                PageRequest.ofConsole(page, size)));
        model.addAttribute("status", status);
        model.addAttribute("deviceCode", deviceCode);
        model.addAttribute("estateId", estateId);
        model.addAttribute("severity", severity);
        model.addAttribute("kind", kind);
        model.addAttribute("statuses", AlertStatus.values());
        model.addAttribute("severities", Severity.values());
        model.addAttribute("kinds", DeviceKind.values());
        model.addAttribute("pagerPath", "/console/iot/alerts");
        model.addAttribute("filterQuery", new QueryString().with("status", status).with("deviceCode", deviceCode)
                .with("estateId", estateId).with("severity", severity).with("kind", kind).toString());
        return "iot/alerts";
    }

    @GetMapping("/rules")
    String rules(Model model) {
        model.addAttribute("rules", alerts.rules());
        model.addAttribute("severities", Severity.values());
        model.addAttribute("retention", alerts.retentionMonths());
        model.addAttribute("canEdit", Jurisdictions.currentUser().filter(u -> u.role() == Role.COUNTY_AUTHORITY)
                .isPresent());
        return "iot/rules";
    }

    @PostMapping("/rules/{id}")
    String changeRule(@PathVariable long id, @RequestParam(required = false) BigDecimal threshold,
                      @RequestParam(required = false) Integer offlineMinutes,
                      @RequestParam(required = false) Severity severity,
                      @RequestParam(required = false) boolean enabled, RedirectAttributes redirect) {
        alerts.changeRule(id, new Alerts.RuleChange(threshold, offlineMinutes, severity, enabled));
        redirect.addFlashAttribute("flash", "iot.rule.changed");
        return "redirect:/console/iot/rules";
    }

    @PostMapping("/retention")
    String retention(@RequestParam(required = false) Integer months, RedirectAttributes redirect) {
        alerts.changeRetention(months);
        redirect.addFlashAttribute("flash", "iot.rule.retentionChanged");
        return "redirect:/console/iot/rules";
    }

    private String form(Model model, DeviceApi.DeviceRequest values) {
        if (!canWrite()) {
            throw new org.springframework.security.access.AccessDeniedException("IOT_WRITE");
        }
        model.addAttribute("estates", register.estates(new RegisterFilter(null, null, null, null, null, "name"),
                new PageRequest(0, PageRequest.MAX_SIZE)).content());
        model.addAttribute("values", values);
        model.addAttribute("kinds", DeviceKind.values());
        return "iot/device-form";
    }

    private static boolean canWrite() {
        return Jurisdictions.currentUser().map(u -> u.role() == Role.PROPERTY_COMPANY
                || (u.can(Permission.REGISTER_WRITE) && (u.role() == Role.COUNTY_AUTHORITY
                || u.role() == Role.TOWNSHIP_OFFICE || u.role() == Role.COMMUNITY))).orElse(false);
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
