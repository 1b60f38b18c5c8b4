package org.clusterworks.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clusterworks.shared.NavigationEntry;
import org.clusterworks.shared.i18n.SupportedLocales;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** Puts what the page layout needs into every page's model: global navigation, language and language links. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutAdvice {

    private final List<NavigationEntry> global;

    LayoutAdvice(List<NavigationEntry> entries) {
        this.global = entries.stream()
                .filter(e -> e.scope() == NavigationEntry.Scope.GLOBAL)
                .sorted(Comparator.comparingInt(NavigationEntry::order))
                .toList();
    }

    @ModelAttribute("globalNav")
    List<NavigationEntry> globalNav() {
        return global;
    }

    @ModelAttribute("lang")
    String lang() {
        return LocaleContextHolder.getLocale().getLanguage();
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    /** For each supported language, the current page's address in that language. */
    @ModelAttribute("languageLinks")
    Map<String, String> languageLinks(HttpServletRequest request) {
        Map<String, String> links = new LinkedHashMap<>();
        for (Locale locale : SupportedLocales.ALL) {
            String url = UriComponentsBuilder.fromPath(request.getRequestURI())
                    .query("GET".equals(request.getMethod()) ? request.getQueryString() : null)
                    .replaceQueryParam("lang", locale.getLanguage())
                    .replaceQueryParam("continue")
                    .build()
                    .toUriString();
            links.put(locale.getLanguage(), url);
        }
        return links;
    }
}
