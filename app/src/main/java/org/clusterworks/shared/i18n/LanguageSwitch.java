package org.clusterworks.shared.i18n;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;

/** Switches the user's language on {@code ?lang=en|fr|sw}; any other value is ignored. */
final class LanguageSwitch implements HandlerInterceptor {

    private final LocaleResolver resolver;

    LanguageSwitch(LocaleResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String lang = request.getParameter("lang");
        if (SupportedLocales.isSupported(lang)) {
            resolver.setLocale(request, response, Locale.forLanguageTag(lang));
        }
        return true;
    }
}
