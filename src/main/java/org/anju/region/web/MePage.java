package org.anju.region.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.anju.platform.PageRequest;
import org.anju.platform.QueryString;
import org.anju.region.Register.SelfAccess;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 我的: an owner's own houses and personal data, who read them, and the download of it all (phone first). */
@Controller
class MePage {

    private final MeData data;
    private final MeDownload download;

    MePage(MeData data, MeDownload download) {
        this.data = data;
        this.download = download;
    }

    @GetMapping("/console/me")
    String me(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
              Model model) {
        model.addAttribute("mine", data.me(SelfAccess.SELF_ACCESS));
        ConsoleLists.page(model, data.accessLog(PageRequest.ofConsole(page, size)), "/console/me", new QueryString());
        return "me/me";
    }

    @GetMapping("/console/me/export")
    void export(@RequestParam(defaultValue = "json") String format, HttpServletResponse response) throws IOException {
        download.write(data.export(), format, response);
    }
}
