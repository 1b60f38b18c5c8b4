package org.clusterworks.shared.i18n;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * English, French and Swahili: one message bundle per module, chosen by {@code ?lang=} and kept in a cookie, else by
 * the request's {@code Accept-Language}.
 */
@Configuration
class I18nConfiguration implements WebMvcConfigurer {

    @Bean
    MessageSource messageSource() {
        var source = new ReloadableResourceBundleMessageSource();
        source.setBasenames(java.util.Arrays.stream(BundleDiscovery.baseNames())
                .map(name -> "classpath:" + name)
                .toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setUseCodeAsDefaultMessage(false);
        return source;
    }

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("clusterworks-lang");
        resolver.setDefaultLocaleFunction(I18nConfiguration::fromHeader);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    /** Without a language cookie: the best of English, French and Swahili in {@code Accept-Language}, else English. */
    static Locale fromHeader(jakarta.servlet.http.HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header != null && !header.isBlank()) {
            try {
                Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SupportedLocales.ALL);
                if (best != null) {
                    return best;
                }
            } catch (IllegalArgumentException malformed) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageSwitch(localeResolver()));
    }
}
