package org.anju.iot.web;

import org.anju.iot.DeviceUnauthorizedException;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * POST /api/v1/iot/devices/{deviceCode}/readings is called by devices, not accounts: HTTP Basic carries the
 * device code and secret, which {@link org.anju.iot.Devices#postReading} checks itself (a wrong pair is
 * 401). The main chain would take those credentials for an account's, so this path has its own chain; a
 * signed-in user may post too (then with the session's CSRF token).
 */
@Configuration(proxyBeanMethods = false)
class DeviceReadingSecurity {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain deviceReadings(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(PathPatternRequestMatcher.withDefaults()
                        .matcher(HttpMethod.POST, "/api/v1/iot/devices/{deviceCode}/readings"))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.ignoringRequestMatchers(r -> r.getHeader("Authorization") != null))
                .build();
    }

    /** A device's wrong code or secret: 401 with a Chinese problem detail. */
    @RestControllerAdvice(assignableTypes = DeviceApi.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class DeviceProblems {

        private final MessageSource messages;

        DeviceProblems(MessageSource messages) {
            this.messages = messages;
        }

        @ExceptionHandler(DeviceUnauthorizedException.class)
        ResponseEntity<ProblemDetail> unauthorized(DeviceUnauthorizedException e) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                    messages.getMessage("iot.error.deviceAuth", null, LocaleContextHolder.getLocale()));
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .header("WWW-Authenticate", "Basic realm=\"anju-devices\"").body(p);
        }
    }
}
