package org.anju.disclosure.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import jakarta.servlet.http.HttpServletRequest;
import org.anju.disclosure.Board;
import org.anju.disclosure.Disclosures;
import org.anju.platform.PageRequest;
import org.anju.platform.QueryString;
import org.anju.lifeservice.ServiceCatalogue;
import org.anju.platform.pdf.HtmlPdf;
import org.anju.rating.FeeGuidance;
import org.anju.platform.pdf.QrCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The estate's current board for anyone (no login, phone-sized), and the A3 poster to post in the estate with
 * a QR code leading to that page.
 */
@Controller
class PublicDisclosurePages {

    private final Disclosures disclosures;
    private final ServiceCatalogue lifeServices;
    private final HtmlPdf pdf;
    private final String publicUrl;
    private final FeeGuidance guidance;

    PublicDisclosurePages(Disclosures disclosures, ServiceCatalogue lifeServices, HtmlPdf pdf,
                          @Value("${anju.public-url:}") String publicUrl, FeeGuidance guidance) {
        this.guidance = guidance;
        this.disclosures = disclosures;
        this.lifeServices = lifeServices;
        this.pdf = pdf;
        this.publicUrl = publicUrl;
    }

    @GetMapping("/public/disclosures")
    String search(@RequestParam(required = false) String name,
                  @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("name", name);
        model.addAttribute("page", disclosures.publicBoards(name, PageRequest.ofConsole(page, 20)));
        model.addAttribute("pagerPath", "/public/disclosures");
        model.addAttribute("filterQuery", new QueryString().with("name", name).toString());
        return "disclosure/public-list";
    }

    @GetMapping("/public/estates/{id:\\d+}/disclosure")
    String page(@PathVariable long id, HttpServletRequest request, Model model) {
        Board board = disclosures.publicBoard(id);
        String url = url(id);
        model.addAttribute("board", board);
        // the life services the company published for this estate, at their prices (plan §16): only these can be booked
        model.addAttribute("lifeServices", lifeServices.publishedFor(id));
        model.addAttribute("qr", QrCode.svg(url, 132));
        model.addAttribute("url", url);
        // the project's star and its guidance range beside the fees (issue 9)
        model.addAttribute("rating", guidance.forEstate(id));
        return "disclosure/public";
    }

    @GetMapping("/public/estates/{id:\\d+}/disclosure/poster.pdf")
    ResponseEntity<byte[]> poster(@PathVariable long id) {
        Board board = disclosures.publicBoard(id);
        String url = url(id);
        byte[] bytes = pdf.render("disclosure/poster", Map.of("board", board, "qr", QrCode.pngDataUri(url, 6),
                "url", url));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("公示栏-" + board.estateName() + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }

    /** The public page's address: anju.public-url when set (behind a proxy), else this request's origin. */
    private String url(long id) {
        String base = publicUrl == null || publicUrl.isBlank()
                ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
                : publicUrl.replaceAll("/+$", "");
        return base + "/public/estates/" + id + "/disclosure";
    }
}
