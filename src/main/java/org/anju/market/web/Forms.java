package org.anju.market.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.nio.charset.StandardCharsets;
import org.anju.market.Projects;
import org.anju.market.internal.ContractStore;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.anju.platform.InvalidRequestException;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the market's form pages share: reading fields, and running a write that may be refused. */
final class Forms {

    private Forms() {
    }

    /** A date from a form field; an unreadable one counts as missing (the facade then names the field). */
    static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Fee items from parallel name/price/note fields; blank rows are skipped, an unreadable price is refused. */
    static List<Projects.Fee> fees(List<String> names, List<String> prices) {
        List<Projects.Fee> out = new ArrayList<>();
        int n = Math.max(names == null ? 0 : names.size(), prices == null ? 0 : prices.size());
        for (int i = 0; i < n; i++) {
            String name = names != null && i < names.size() ? names.get(i) : null;
            String price = prices != null && i < prices.size() ? prices.get(i) : null;
            if ((name == null || name.isBlank()) && (price == null || price.isBlank())) {
                continue;
            }
            BigDecimal value;
            try {
                value = price == null || price.isBlank() ? null : new BigDecimal(price.strip());
            } catch (NumberFormatException e) {
                value = new BigDecimal("-1");
            }
            out.add(new Projects.Fee(name, value, null));
        }
        return out;
    }

    /**
     * Runs a write; on success redirects with a flash message, on refusal answers 422 and shows the page again
     * with the errors (nothing written).
     */
    static String act(Supplier<String> write, String flash, Model model, RedirectAttributes redirect,
                      HttpServletResponse response, Supplier<String> again) {
        try {
            String target = write.get();
            redirect.addFlashAttribute("flash", flash);
            return "redirect:" + target;
        } catch (InvalidRequestException e) {
            response.setStatus(e.status() == 400 ? 422 : e.status());
            model.addAttribute("errors", e.errors());
            return again.get();
        }
    }

    /** A stored contract PDF, shown inline under its file name. */
    static ResponseEntity<byte[]> pdf(ContractStore.StoredFile f) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(f.name(), StandardCharsets.UTF_8).build().toString())
                .body(f.content());
    }
}
