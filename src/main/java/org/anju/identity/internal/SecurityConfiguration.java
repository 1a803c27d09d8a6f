package org.anju.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.anju.identity.Accounts;
import org.anju.identity.Permission;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Browser: form login with a session and CSRF protection. API clients: HTTP Basic on /api/**
 * (or the browser session). Unauthenticated API calls get 401, never a login redirect.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@ConditionalOnWebApplication
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, MessageSource messages, LocaleResolver locales,
                                            FindByIndexNameSessionRepository<? extends Session> sessions,
                                            @Value("${anju.security.single-session:false}") boolean singleSession)
            throws Exception {
        if (singleSession) {
            // 等保 option: a new login ends the account's older session, on whichever node it lives.
            http.sessionManagement(s -> s.maximumSessions(1).expiredUrl("/login?expired")
                    .sessionRegistry(new SpringSessionBackedSessionRegistry<>(sessions)));
        }
        RequestMatcher apiPaths = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        RequestMatcher actuator = PathPatternRequestMatcher.withDefaults().matcher("/actuator/**");
        RequestMatcher api = request -> apiPaths.matches(request) || actuator.matches(request);
        RequestMatcher basicApiCall = request -> api.matches(request) && hasBasicHeader(request);
        http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/", "/portal/**", "/login", "/error", "/webjars/**", "/css/**", "/js/**",
                                "/img/**", "/favicon.ico", "/actuator/health", "/actuator/health/**",
                                "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
                                "/api/v1/public/**", "/public/**").permitAll()
                        .requestMatchers("/actuator/**").hasAuthority(Permission.METRICS_READ.authority())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/console", false).permitAll())
                .httpBasic(basic -> basic.realmName("anju"))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                // API clients using Basic carry no cookie to forge; browser-session calls keep CSRF.
                .csrf(csrf -> csrf.ignoringRequestMatchers(basicApiCall))
                .exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(
                        new ApiAuthenticationEntryPoint(messages, locales), api)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                request -> !api.matches(request)))
                .addFilterAfter(new PasswordChangeRequiredFilter(messages, locales), AuthorizationFilter.class)
                // HSTS is sent on secure requests only (behind TLS; see server.forward-headers-strategy in deployment.md).
                .headers(headers -> headers
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                        + "script-src 'self'; frame-ancestors 'none'; form-action 'self'")));
        return http.build();
    }

    private static boolean hasBasicHeader(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
    }
}
