package org.anju.platform;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error is an RFC 9457 problem detail whose {@code detail} is in the caller's
 * language (Chinese by default) and whose {@code errors} list one entry per bad field.
 * A malformed request is a 4xx, never a 500.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    private final MessageSource messages;

    ApiProblemHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "error.notFound", List.of());
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRequestException e) {
        List<Map<String, String>> errors = e.errors().stream()
                .map(f -> Map.of("field", f.field(), "message", text(f.messageKey(), f.args())))
                .toList();
        HttpStatus status = HttpStatus.valueOf(e.status());
        return ResponseEntity.status(status).body(problem(status, e.detailKey(), errors));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "error.forbidden", List.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "error.invalid",
                List.of(Map.of("field", e.getName(), "message", text("error.field.type"))));
    }

    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    ProblemDetail conflict(org.springframework.dao.DataIntegrityViolationException e) {
        log.info("Refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
        return problem(HttpStatus.CONFLICT, "error.conflict", List.of());
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected error in API call", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "error.internal", List.of());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "error.invalid", fieldErrors(ex)));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(err -> errors.add(Map.of(
                "field", String.valueOf(r.getMethodParameter().getParameterName()),
                "message", messages.getMessage(err, LocaleContextHolder.getLocale())))));
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "error.invalid", errors));
    }

    /** Anything Spring MVC itself refuses (unreadable JSON, missing parameter, wrong method...). */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        String key = switch (status.value()) {
            case 400 -> "error.malformed";
            case 404 -> "error.notFound";
            case 405 -> "error.method";
            case 413 -> "error.tooLarge";
            case 415 -> "error.mediaType";
            default -> status.is4xxClientError() ? "error.invalid" : "error.internal";
        };
        ProblemDetail pd = body instanceof ProblemDetail p ? p : ProblemDetail.forStatus(status);
        pd.setDetail(text(key));
        pd.setTitle(text("error.title." + (status.is4xxClientError() ? "client" : "server")));
        return ResponseEntity.status(status).headers(headers).body(pd);
    }

    private List<Map<String, String>> fieldErrors(BindException ex) {
        List<Map<String, String>> errors = new ArrayList<>();
        ex.getFieldErrors().forEach(f -> errors.add(Map.of("field", f.getField(),
                "message", messages.getMessage(f, LocaleContextHolder.getLocale()))));
        ex.getGlobalErrors().forEach(g -> errors.add(Map.of("field", g.getObjectName(),
                "message", messages.getMessage(g, LocaleContextHolder.getLocale()))));
        return errors;
    }

    private ProblemDetail problem(HttpStatus status, String detailKey, List<Map<String, String>> errors) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, text(detailKey));
        pd.setTitle(text("error.title." + (status.is4xxClientError() ? "client" : "server")));
        pd.setType(URI.create("about:blank"));
        if (!errors.isEmpty()) {
            pd.setProperty("errors", errors);
        }
        return pd;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
