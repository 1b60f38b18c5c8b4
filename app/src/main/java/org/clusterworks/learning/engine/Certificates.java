package org.clusterworks.learning.engine;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.clusterworks.identity.AuditEvent;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.learning.content.Course;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Certificates issued when the final exam is passed: a unique unguessable code (100 random bits), a PDF with a QR
 * code pointing to the public verification page, and revocation by a workspace admin.
 */
@Service
public class Certificates {

    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TemplateEngine templates;

    Certificates(JdbcClient jdbc, ApplicationEventPublisher events, TemplateEngine templates) {
        this.jdbc = jdbc;
        this.events = events;
        this.templates = templates;
    }

    /** A certificate as stored. */
    public record Certificate(
            long id,
            String code,
            long workspaceId,
            long userId,
            String courseId,
            String holderName,
            String courseTitle,
            double percent,
            Instant issuedAt,
            Instant revokedAt,
            String revokeReason) {

        public boolean valid() {
            return revokedAt == null;
        }

        public String status() {
            return valid() ? "valid" : "revoked";
        }
    }

    /** A new code: 20 characters from a 32-letter alphabet without look-alikes, in groups of five. */
    static String newCode() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                sb.append('-');
            }
            sb.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }

    @Transactional
    String issue(Assessments.Attempt attempt, AuthenticatedUser user, Course course) {
        String code = newCode();
        jdbc.sql("""
                        insert into learning_certificate
                          (code, workspace_id, user_id, course_id, attempt_id, holder_name, course_title, percent, issued_at)
                        values (:code, :ws, :user, :course, :attempt, :holder, :title, :percent, :now)""")
                .param("code", code)
                .param("ws", attempt.workspaceId())
                .param("user", attempt.userId())
                .param("course", course.id())
                .param("attempt", attempt.id())
                .param("holder", user.displayName())
                .param("title", course.title().en())
                .param("percent", attempt.percent())
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        events.publishEvent(new AuditEvent(
                attempt.workspaceId(),
                AuditEvent.Action.CREATED,
                "learning-certificate",
                code,
                "Certificate issued to " + user.username() + " for course " + course.id()));
        return code;
    }

    public Optional<Certificate> find(String code) {
        if (code == null || !code.matches("[A-Z0-9-]{1,40}")) {
            return Optional.empty();
        }
        return jdbc.sql("select * from learning_certificate where code = :code")
                .param("code", code)
                .query(Certificates::certificate)
                .optional();
    }

    public List<Certificate> forUser(long workspaceId, long userId) {
        return jdbc.sql("select * from learning_certificate where workspace_id = :ws and user_id = :user order by id")
                .param("ws", workspaceId)
                .param("user", userId)
                .query(Certificates::certificate)
                .list();
    }

    public List<Certificate> forWorkspace(long workspaceId, String courseId) {
        return jdbc.sql(
                        "select * from learning_certificate where workspace_id = :ws and course_id = :course order by id")
                .param("ws", workspaceId)
                .param("course", courseId)
                .query(Certificates::certificate)
                .list();
    }

    @Transactional
    public void revoke(Certificate certificate, long byUser, String reason) {
        int n = jdbc.sql("""
                        update learning_certificate set revoked_at = :now, revoked_by = :by, revoke_reason = :reason
                        where id = :id and revoked_at is null""")
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .param("by", byUser)
                .param("reason", reason == null || reason.isBlank() ? null : reason.strip())
                .param("id", certificate.id())
                .update();
        if (n == 1) {
            events.publishEvent(new AuditEvent(
                    certificate.workspaceId(),
                    AuditEvent.Action.CHANGED,
                    "learning-certificate",
                    certificate.code(),
                    "Certificate revoked" + (reason == null || reason.isBlank() ? "" : ": " + reason.strip())));
        }
    }

    /** The certificate as a PDF; {@code verifyUrl} is encoded in the QR code. */
    public byte[] pdf(Certificate certificate, String courseTitle, String verifyUrl, java.util.Locale locale) {
        Context context = new Context(locale);
        context.setVariables(Map.of(
                "certificate", certificate,
                "courseTitle", courseTitle,
                "verifyUrl", verifyUrl,
                "qr", qrDataUri(verifyUrl),
                "issued",
                        certificate
                                .issuedAt()
                                .atOffset(ZoneOffset.UTC)
                                .toLocalDate()
                                .toString()));
        String html = templates.process("learning/certificate-pdf", context);
        try (var out = new ByteArrayOutputStream()) {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A QR code of {@code text} as a PNG data URI. */
    static String qrDataUri(String text) {
        try {
            BitMatrix matrix =
                    new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 240, 240, Map.of(EncodeHintType.MARGIN, 1));
            BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < matrix.getWidth(); x++) {
                for (int y = 0; y < matrix.getHeight(); y++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            var out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (WriterException | IOException e) {
            throw new IllegalStateException("QR code could not be made", e);
        }
    }

    static Certificate certificate(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Certificate(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getLong("workspace_id"),
                rs.getLong("user_id"),
                rs.getString("course_id"),
                rs.getString("holder_name"),
                rs.getString("course_title"),
                rs.getDouble("percent"),
                Assessments.instant(rs, "issued_at"),
                Assessments.instant(rs, "revoked_at"),
                rs.getString("revoke_reason"));
    }
}
