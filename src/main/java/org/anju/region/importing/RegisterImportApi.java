package org.anju.region.importing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.math.BigDecimal;
import org.anju.region.EstatePosition;
import org.anju.region.Register;
import org.springframework.web.bind.annotation.RequestParam;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Imports a register file into one estate. A stable API: developers' systems post their register here. */
@RestController
@Tag(name = "register")
class RegisterImportApi {

    private final RegisterImport importer;
    private final ProblemTexts texts;
    private final Register register;

    RegisterImportApi(RegisterImport importer, ProblemTexts texts, Register register) {
        this.importer = importer;
        this.texts = texts;
        this.register = register;
    }

    @PostMapping(path = "/api/v1/estates/{id}/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "向小区导入楼栋、房屋和业主 (xlsx 或 UTF-8 CSV, 列: 楼栋, 单元, 房号, 专有部分面积, 用途, 业主名称, 证件号码, 联系电话)",
            description = "全部写入或全部不写: 任何一行有误时返回 422, rows 列出每个出错的行号 (表头为第1行)、列和原因。"
                    + "小区不在管辖范围内为 404, 无登记权限为 403。",
            responses = {
                    @ApiResponse(responseCode = "200", description = "写入的行数与新建的楼栋、房屋、业主、产权关系数"),
                    @ApiResponse(responseCode = "422", description = "文件或行有误, 未写入任何数据")})
    ImportCounts importFile(@PathVariable long id,
                            @Parameter(description = "xlsx 或 UTF-8 CSV 文件") @RequestPart("file") MultipartFile file,
                            @Parameter(description = "小区经度 (东经, 可选, 与纬度同时提供)")
                            @RequestParam(required = false) BigDecimal longitude,
                            @Parameter(description = "小区纬度 (北纬, 可选)")
                            @RequestParam(required = false) BigDecimal latitude)
            throws IOException {
        // a bad position refuses the whole request before anything is written; a good one follows the file's rows
        EstatePosition.check(longitude, latitude);
        ImportCounts counts = importer.importFile(id, file.getOriginalFilename(), file.getBytes(), ImportProgress.NONE);
        if (longitude != null) {
            register.setPosition(id, longitude, latitude);
        }
        return counts;
    }

    @ExceptionHandler(ImportRefused.class)
    @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
    ProblemDetail refused(ImportRefused e) {
        List<ProblemTexts.Line> lines = texts.lines(e.problems());
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, texts.detail(e.problems()));
        pd.setTitle(texts.text("error.title.client"));
        pd.setType(URI.create("about:blank"));
        pd.setProperty("errors", lines.stream()
                .map(l -> Map.of("field", texts.field(l), "message", l.reason())).toList());
        pd.setProperty("rows", lines.stream().filter(l -> l.row() != null)
                .map(l -> Map.of("row", l.row(), "column", l.column(), "reason", l.reason())).toList());
        return pd;
    }
}
