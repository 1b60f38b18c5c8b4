package org.clusterworks.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A page that answers with an HTTP error (a {@link ResponseStatusException}, such as the 404 of a foreign workspace)
 * shows the friendly error page in the user's language; without this, Spring's problem-details handler answered
 * browsers with JSON. API handlers ({@code @ResponseBody}) keep their problem+json answers.
 */
@Configuration
class PageErrors implements WebMvcConfigurer, HandlerExceptionResolver {

    @Override
    public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
        resolvers.addFirst(this);
    }

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (!(ex instanceof ResponseStatusException status)
                || !(handler instanceof HandlerMethod method)
                || isApi(method, request)) {
            return null;
        }
        try {
            response.sendError(status.getStatusCode().value());
        } catch (IOException e) {
            return null;
        }
        return new ModelAndView();
    }

    private static boolean isApi(HandlerMethod method, HttpServletRequest request) {
        return method.hasMethodAnnotation(ResponseBody.class)
                || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class)
                || request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
