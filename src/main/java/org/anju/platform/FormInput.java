package org.anju.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Console form fields as the services take them, and the round trip of a form: blank is null; text that does not
 * parse becomes a value the service refuses (-1, a date far off), so that the service names the field in its error.
 */
public final class FormInput {

    private FormInput() {
    }

    /**
     * Runs the action; on success flashes {@code flash} and answers {@code next}, on a refused request answers 422
     * with the failure view and one message per bad field in the model attribute {@code errors}.
     */
    public static String attempt(Runnable action, Supplier<String> next, String flash, RedirectAttributes redirect,
                                 HttpServletResponse response, Model model, MessageSource messages,
                                 Supplier<String> failure) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", flash);
            return next.get();
        } catch (InvalidRequestException e) {
            response.setStatus(422);
            model.addAttribute("errors", errors(e, messages));
            return failure.get();
        }
    }

    /** The first message of each bad field, in the caller's language. */
    public static Map<String, String> errors(InvalidRequestException e, MessageSource messages) {
        Map<String, String> out = new LinkedHashMap<>();
        e.errors().forEach(f -> out.putIfAbsent(f.field(), messages.getMessage(f.messageKey(), f.args(),
                f.messageKey(), LocaleContextHolder.getLocale())));
        return out;
    }

    public static Integer integer(String v) {
        try {
            return v == null || v.isBlank() ? null : Integer.valueOf(v.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public static Long longValue(String v) {
        try {
            return v == null || v.isBlank() ? null : Long.valueOf(v.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    public static BigDecimal decimal(String v) {
        try {
            return v == null || v.isBlank() ? null : new BigDecimal(v.strip());
        } catch (NumberFormatException e) {
            return BigDecimal.ONE.negate();
        }
    }

    public static LocalDate date(String v) {
        try {
            return v == null || v.isBlank() ? null : LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            return LocalDate.MAX;
        }
    }

    /** The constant of that name, or null. */
    public static <E extends Enum<E>> E enumOf(Class<E> type, String v) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(v)) {
                return e;
            }
        }
        return null;
    }
}
