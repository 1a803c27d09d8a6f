package org.anju.region.importing;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.region.Register;
import org.anju.region.RegisterFilter;
import org.anju.region.RegisterView.Estate;
import org.anju.region.RegisterView.House;
import org.anju.region.RegisterView.Owner;
import org.anju.region.RegisterView.OwnerRef;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 导出: the register's lists as xlsx with the lists' filters, within the caller's jurisdiction and
 * with ID numbers and phones masked as everywhere else; and an estate's houses and owners in the
 * import template's columns (masked, so for reading, not for importing back).
 */
@Controller
class RegisterExportPage {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Register register;
    private final ProblemTexts texts;

    RegisterExportPage(Register register, ProblemTexts texts) {
        this.register = register;
        this.texts = texts;
    }

    @GetMapping("/console/estates/export")
    String estates(Filter f, HttpServletResponse response, Model model) throws IOException {
        return export("estates", p -> register.estates(f.filter(), p), (Estate e) -> Arrays.asList(e.name(),
                e.townshipName(), e.communityName(), e.address(), e.builtYear(), yesNo(e.legacy()), e.buildings(),
                e.houses(), e.totalArea()), response, model);
    }

    @GetMapping("/console/buildings/export")
    String buildings(Filter f, HttpServletResponse response, Model model) throws IOException {
        return export("buildings", p -> register.buildings(f.filter(), p), b -> Arrays.asList(b.estateName(),
                b.name(), b.floors(), yesNo(b.hasLift()), b.houses(), b.totalArea()), response, model);
    }

    @GetMapping("/console/houses/export")
    String houses(Filter f, HttpServletResponse response, Model model) throws IOException {
        return export("houses", p -> register.houses(f.filter(), p), (House h) -> Arrays.asList(h.estateName(),
                h.buildingName(), h.section(), h.number(), h.exclusiveArea(), texts.text("use." + h.use().name()),
                h.builtYear(), yesNo(h.hasFundAccount()),
                String.join("、", h.owners().stream().map(OwnerRef::name).toList())), response, model);
    }

    @GetMapping("/console/owners/export")
    String owners(Filter f, HttpServletResponse response, Model model) throws IOException {
        return export("owners", p -> register.owners(f.filter(), p), (Owner o) -> Arrays.asList(
                texts.text("ownerKind." + o.kind().name()), o.name(), o.idNumber(), o.phone(), o.houses()),
                response, model);
    }

    /** One row per house and owner, in the import template's columns; ID numbers and phones masked. */
    @GetMapping("/console/estates/{id}/export")
    String estateRegister(@PathVariable long id, HttpServletResponse response, Model model) throws IOException {
        Estate estate = register.estate(id);
        RegisterFilter filter = RegisterFilter.ofEstate(id);
        Function<PageRequest, PageResult<House>> houses = p -> register.houses(filter, p);
        if (ExcelExport.count(houses) > ExcelExport.MAX_ROWS) {
            return tooMany(response, model);
        }
        Map<Long, Owner> owners = new HashMap<>();
        ExcelExport.forEach(p -> register.owners(filter, p), o -> owners.put(o.id(), o));
        start(response, texts.text("export.file.estate", estate.name(), today()));
        ExcelExport.write(response.getOutputStream(), texts.text("export.sheet.estate"), ImportColumn.HEADERS,
                row -> ExcelExport.forEach(houses, h -> {
                    List<OwnerRef> refs = h.owners().isEmpty() ? Arrays.asList((OwnerRef) null) : h.owners();
                    for (OwnerRef ref : refs) {
                        Owner o = ref == null ? null : owners.get(ref.id());
                        row.accept(Arrays.asList(h.buildingName(), h.section(), h.number(), h.exclusiveArea(),
                                h.use().chinese(), ref == null ? null : ref.name(), o == null ? null : o.idNumber(),
                                o == null ? null : o.phone()));
                    }
                }));
        return null;
    }

    /** The lists' filters, as the list pages put them in the URL. */
    record Filter(Long townshipId, Long communityId, Long estateId, Long buildingId, String keyword, String sort) {
        RegisterFilter filter() {
            return new RegisterFilter(townshipId, communityId, estateId, buildingId, keyword, sort);
        }
    }

    private <T> String export(String list, Function<PageRequest, PageResult<T>> pages, Function<T, List<?>> columns,
                              HttpServletResponse response, Model model) throws IOException {
        if (ExcelExport.count(pages) > ExcelExport.MAX_ROWS) {
            return tooMany(response, model);
        }
        List<String> headers = new ArrayList<>();
        for (String key : texts.text("export.columns." + list).split(",")) {
            headers.add(key.strip());
        }
        start(response, texts.text("export.file." + list, today()));
        Consumer<Consumer<List<?>>> rows = row -> ExcelExport.forEach(pages, item -> row.accept(columns.apply(item)));
        ExcelExport.write(response.getOutputStream(), texts.text("export.sheet." + list), headers, rows);
        return null;
    }

    private void start(HttpServletResponse response, String fileName) {
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(fileName,
                "export-" + today() + ".xlsx"));
    }

    private String tooMany(HttpServletResponse response, Model model) {
        response.setStatus(422);
        model.addAttribute("message", texts.text("export.tooMany", ExcelExport.MAX_ROWS));
        return "register/import-export-refused";
    }

    private String yesNo(boolean value) {
        return texts.text(value ? "common.yes" : "common.no");
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).format(DateTimeFormatter.BASIC_ISO_DATE);
    }
}
