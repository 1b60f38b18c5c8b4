package org.clusterworks.mapping.web;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Charts for PDF exports, drawn on the server (the pages draw theirs with ECharts in the browser): the region
 * profile's bubble chart, location quotient (log scale) against growth or share, bubble area = employment, as a PNG
 * data URI the PDF renderer embeds.
 */
final class PdfCharts {

    private static final Color GREEN = new Color(0x0b, 0x6e, 0x4f);
    private static final Color GREY = new Color(0x9a, 0xa5, 0xa0);

    private PdfCharts() {}

    /** The bubble chart of {@link MappingViews#bubbles(int)}'s data, or null when it has no point. */
    static String bubbles(Map<String, Object> data) {
        try {
            return draw(data);
        } catch (RuntimeException | LinkageError | java.awt.AWTError e) {
            // no fonts or no graphics on this server: the PDF then has its tables only
            org.slf4j.LoggerFactory.getLogger(PdfCharts.class)
                    .warn("bubble chart for the PDF not drawn: {}", e.toString());
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static String draw(Map<String, Object> data) {
        List<List<Object>> points = (List<List<Object>>) data.get("points");
        if (points.isEmpty()) {
            return null;
        }
        int w = 1400, h = 700, left = 110, right = 40, top = 30, bottom = 90;
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        double maxE = 1;
        for (List<Object> p : points) {
            double x = Math.log10(Math.max(1e-3, ((Number) p.get(0)).doubleValue()));
            double y = ((Number) p.get(1)).doubleValue();
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
            maxE = Math.max(maxE, ((Number) p.get(2)).doubleValue());
        }
        minX = Math.min(Math.floor(minX), -1);
        maxX = Math.max(Math.ceil(maxX), 1);
        Object yLine = data.get("yLine");
        if (yLine != null) {
            minY = Math.min(minY, 0);
            maxY = Math.max(maxY, 0);
        }
        double padY = Math.max(0.5, (maxY - minY) * 0.1);
        minY = yLine == null && minY >= 0 ? Math.max(0, minY - padY) : minY - padY;
        maxY += padY;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            int pw = w - left - right, ph = h - top - bottom;
            double fx0 = minX, fx1 = maxX, fy0 = minY, fy1 = maxY;
            java.util.function.DoubleUnaryOperator sx = x -> left + (x - fx0) / (fx1 - fx0) * pw;
            java.util.function.DoubleUnaryOperator sy = y -> top + (fy1 - y) / (fy1 - fy0) * ph;
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 20));
            g.setColor(new Color(0xdd, 0xdd, 0xdd));
            g.drawRect(left, top, pw, ph);
            g.setColor(Color.DARK_GRAY);
            for (int e = (int) minX; e <= (int) maxX; e++) {
                double x = sx.applyAsDouble(e);
                g.drawString(
                        e >= 0 ? String.valueOf((long) Math.pow(10, e)) : String.valueOf(Math.pow(10, e)),
                        (float) x - 12,
                        top + ph + 28);
            }
            for (int k = 0; k <= 4; k++) {
                double y = fy0 + (fy1 - fy0) * k / 4;
                g.drawString(String.format(java.util.Locale.ROOT, "%.1f", y), 20, (float) sy.applyAsDouble(y) + 7);
            }
            g.drawString(String.valueOf(data.get("x")), left + pw / 2f - 100, h - 20);
            g.drawString(String.valueOf(data.get("y")), left, top - 6);
            g.setColor(Color.GRAY);
            g.setStroke(new BasicStroke(2, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {8, 8}, 0));
            g.draw(new Line2D.Double(sx.applyAsDouble(0), top, sx.applyAsDouble(0), top + ph));
            if (yLine != null) {
                double y0 = sy.applyAsDouble(((Number) yLine).doubleValue());
                g.draw(new Line2D.Double(left, y0, left + pw, y0));
            }
            g.setStroke(new BasicStroke(1.5f));
            for (int pass = 0; pass < 2; pass++) {
                for (List<Object> p : points) {
                    boolean flagged = ((Number) p.get(4)).intValue() == 1;
                    if (flagged != (pass == 1)) {
                        continue;
                    }
                    double x = sx.applyAsDouble(Math.log10(Math.max(1e-3, ((Number) p.get(0)).doubleValue())));
                    double y = sy.applyAsDouble(((Number) p.get(1)).doubleValue());
                    double r = 6 + 44 * Math.sqrt(((Number) p.get(2)).doubleValue() / maxE);
                    Color c = flagged ? GREEN : GREY;
                    g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 150));
                    g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
                    g.setColor(c);
                    g.draw(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
                }
            }
            g.setColor(GREEN);
            g.fillOval(w - 330, top + 10, 18, 18);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.valueOf(data.get("flagged")), w - 305, top + 26);
            g.setColor(GREY);
            g.fillOval(w - 170, top + 10, 18, 18);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.valueOf(data.get("other")), w - 145, top + 26);
        } finally {
            g.dispose();
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(img, "png", out);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
