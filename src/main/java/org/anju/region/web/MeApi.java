package org.anju.region.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.anju.identity.AuditTrail.Access;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.region.Register.SelfAccess;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An owner's own personal data (PIPL right of access): OWNER accounts only, always the caller's own record. */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "me", description = "业主本人: 我的个人信息、谁查看了我的个人信息、导出我的数据")
class MeApi {

    private final MeData data;
    private final MeDownload download;

    MeApi(MeData data, MeDownload download) {
        this.data = data;
        this.download = download;
    }

    @GetMapping("/personal-data")
    @Operation(summary = "本人的业主信息 (完整证件号码与电话) 和房屋, 共有人姓名脱敏; 记入审计 (SELF_ACCESS)")
    MeData.Me personalData() {
        return data.me(SelfAccess.SELF_ACCESS);
    }

    @GetMapping("/access-log")
    @Operation(summary = "谁查看了我的个人信息: 他人对本人记录的查看与操作, 最新在前")
    PageResult<Access> accessLog(@RequestParam(required = false) Integer page,
                                 @RequestParam(required = false) Integer size) {
        return data.accessLog(PageRequest.of(page, size));
    }

    @GetMapping("/personal-data/export")
    @Operation(summary = "导出我的数据 (format=json 或 xlsx): 业主信息、房屋、查看记录; 记入审计 (SELF_EXPORT)")
    void export(@RequestParam(defaultValue = "json") String format, HttpServletResponse response) throws IOException {
        download.write(data.export(), format, response);
    }
}
