package org.clusterworks.learning.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.clusterworks.learning.content.Course;
import org.clusterworks.learning.content.Text;
import org.clusterworks.learning.engine.Certificates;
import org.clusterworks.learning.engine.CourseCatalog;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The course catalogue and public certificate verification. */
@RestController
@RequestMapping("/api/v1/learning")
@Tag(name = "Learning", description = "Courses and certificate verification")
class LearningApiController {

    private final CourseCatalog catalog;
    private final Certificates certificates;

    LearningApiController(CourseCatalog catalog, Certificates certificates) {
        this.catalog = catalog;
        this.certificates = certificates;
    }

    /** The language asked for with {@code lang}, else the first supported one of Accept-Language, else English. */
    static String language(String lang, HttpServletRequest request) {
        if (lang != null && Text.LANGUAGES.contains(lang)) {
            return lang;
        }
        for (Locale locale : Collections.list(request.getLocales())) {
            if (Text.LANGUAGES.contains(locale.getLanguage())) {
                return locale.getLanguage();
            }
        }
        return "en";
    }

    @GetMapping("/courses")
    @Operation(summary = "The courses, with modules and lesson titles, in the language of lang or Accept-Language")
    List<CourseDto> courses(@RequestParam(required = false) String lang, HttpServletRequest request) {
        String l = language(lang, request);
        return catalog.all().stream().map(c -> CourseDto.of(c, l)).toList();
    }

    @GetMapping("/courses/{id}")
    @Operation(summary = "One course, with modules and lesson titles")
    CourseDto course(@PathVariable String id, @RequestParam(required = false) String lang, HttpServletRequest request) {
        return catalog.find(id)
                .map(c -> CourseDto.of(c, language(lang, request)))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No course " + id));
    }

    @GetMapping("/certificates/{code}")
    @SecurityRequirements
    @Operation(summary = "Verify a certificate (public, no token): holder, course, date and status valid or revoked")
    CertificateDto certificate(@PathVariable String code) {
        return certificates
                .find(code)
                .map(c -> new CertificateDto(
                        c.code(),
                        c.holderName(),
                        c.courseId(),
                        c.courseTitle(),
                        c.issuedAt().atOffset(ZoneOffset.UTC).toLocalDate(),
                        c.status()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No certificate with this code"));
    }

    /** A course in one language. */
    record CourseDto(String id, String language, String title, String summary, List<ModuleDto> modules) {
        static CourseDto of(Course c, String l) {
            return new CourseDto(
                    c.id(),
                    l,
                    c.title().in(l),
                    c.summary().in(l),
                    c.modules().stream()
                            .map(m -> new ModuleDto(
                                    m.number(),
                                    m.title().in(l),
                                    m.lessons().stream()
                                            .map(lesson -> new LessonDto(
                                                    lesson.stem(), lesson.in(l).title(), lesson.translated(l)))
                                            .toList()))
                            .toList());
        }
    }

    /** A module of a course. */
    record ModuleDto(int number, String title, List<LessonDto> lessons) {}

    /** A lesson; {@code translated} is false when the English text stands in. */
    record LessonDto(String id, String title, boolean translated) {}

    /** A certificate as the public may see it. */
    record CertificateDto(
            String code, String holder, String courseId, String course, LocalDate issued, String status) {}
}
