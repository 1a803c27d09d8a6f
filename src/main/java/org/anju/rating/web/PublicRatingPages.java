package org.anju.rating.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.anju.platform.PageRequest;
import org.anju.platform.QueryString;
import org.anju.platform.pdf.HtmlPdf;
import org.anju.platform.pdf.QrCode;
import org.anju.rating.PublicRatings;
import org.anju.rating.RatingView.PublicRecord;
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
 * The public star list (phone-sized, no login): every project's valid star, its dates and section scores, a
 * project's record with its history and commendations, and the star plaque (PDF) whose QR code opens that record,
 * so that a forged plaque is easy to spot.
 */
@Controller
class PublicRatingPages {

    private final PublicRatings ratings;
    private final HtmlPdf pdf;
    private final String publicUrl;

    PublicRatingPages(PublicRatings ratings, HtmlPdf pdf, @Value("${anju.public-url:}") String publicUrl) {
        this.ratings = ratings;
        this.pdf = pdf;
        this.publicUrl = publicUrl;
    }

    @GetMapping("/public/ratings")
    String list(@RequestParam(required = false) Integer star, @RequestParam(required = false) String text,
                @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("star", star);
        model.addAttribute("text", text);
        model.addAttribute("page", ratings.list(star, text, PageRequest.ofConsole(page, 20)));
        model.addAttribute("commendations", ratings.commendations(10));
        model.addAttribute("pagerPath", "/public/ratings");
        model.addAttribute("filterQuery", new QueryString().with("star", star).with("text", text).toString());
        return "rating/public-list";
    }

    @GetMapping("/public/ratings/{projectId:\\d+}")
    String record(@PathVariable long projectId, Model model) {
        model.addAttribute("r", ratings.record(projectId));
        model.addAttribute("projectId", projectId);
        model.addAttribute("qr", QrCode.svg(url(projectId), 132));
        return "rating/public";
    }

    @GetMapping("/public/ratings/{projectId:\\d+}/plaque.pdf")
    ResponseEntity<byte[]> plaque(@PathVariable long projectId) {
        PublicRecord r = ratings.record(projectId);
        if (r.current() == null) {
            throw new org.anju.platform.NotFoundException("rating", projectId);
        }
        String url = url(projectId);
        byte[] bytes = pdf.render("rating/plaque", Map.of("r", r.current(), "qr", QrCode.pngDataUri(url, 6),
                "url", url));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("星级牌-" + r.current().estateName() + ".pdf", StandardCharsets.UTF_8).build()
                        .toString())
                .body(bytes);
    }

    /** The public record's address: anju.public-url when set (behind a proxy), else this request's origin. */
    private String url(long projectId) {
        String base = publicUrl == null || publicUrl.isBlank()
                ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
                : publicUrl.replaceAll("/+$", "");
        return base + "/public/ratings/" + projectId;
    }
}
