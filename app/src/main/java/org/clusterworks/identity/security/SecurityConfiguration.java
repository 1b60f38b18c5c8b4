package org.clusterworks.identity.security;

import org.clusterworks.identity.token.ApiTokens;
import org.clusterworks.identity.token.BearerTokenFilter;
import org.clusterworks.identity.user.UserRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains: the REST API under {@code /api} and the Prometheus metrics (stateless, Bearer tokens, no
 * cookies and so no CSRF; metrics need a platform administrator's token), and the pages (form login, session, CSRF on, strict security headers).
 */
@Configuration
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(
            org.springframework.context.ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, UserRepository users) throws Exception {
        http.securityMatcher("/api/**", "/actuator/prometheus")
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                .addFilterBefore(new BearerTokenFilter(tokens, users), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'")))
                .authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.GET, "/api/v1/learning/certificates/*")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/observatory/**")
                        .permitAll()
                        .requestMatchers("/actuator/prometheus")
                        .hasRole("PLATFORM_ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/**")
                        .hasAuthority("SCOPE_READ")
                        .anyRequest()
                        .hasAuthority("SCOPE_WRITE"));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.GET, "/observatory", "/observatory/**")
                        .permitAll()
                        .requestMatchers(
                                "/login",
                                "/invitations/**",
                                "/respond/**",
                                "/events/public",
                                "/events/public/**",
                                "/verify/**",
                                "/error",
                                "/css/**",
                                "/js/**",
                                "/img/**",
                                "/geo/**",
                                "/favicon.ico",
                                "/webjars/**",
                                "/_static/**",
                                "/actuator/health",
                                "/actuator/health/**",
                                "/v3/api-docs/**",
                                "/v3/api-docs.yaml",
                                "/swagger-ui.html",
                                "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole("PLATFORM_ADMIN")
                        .anyRequest()
                        .authenticated())
                .formLogin(
                        f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy("geolocation=(), camera=(), microphone=()")));
        return http.build();
    }
}
