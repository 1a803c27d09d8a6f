package org.anju.stats.web;

import java.util.Locale;
import java.util.stream.Collectors;
import org.anju.platform.InvalidRequestException;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A refused form of the stats pages: back to the page with the reasons in a flash message (plain text). */
final class PageErrors {

    private PageErrors() {
    }

    static void flash(RedirectAttributes redirect, InvalidRequestException e, MessageSource messages, Locale locale) {
        redirect.addFlashAttribute("errorText", e.errors().stream()
                .map(f -> messages.getMessage(f.messageKey(), f.args(), f.messageKey(), locale))
                .collect(Collectors.joining("; ")));
    }
}
