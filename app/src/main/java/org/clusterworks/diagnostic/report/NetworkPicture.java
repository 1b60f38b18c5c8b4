package org.clusterworks.diagnostic.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.clusterworks.diagnostic.network.NetworkReport;
import org.clusterworks.stakeholders.Helix;

/**
 * Draws a network for the PDF report (which runs no JavaScript): organisations on a circle grouped by community,
 * coloured by helix role and sized by degree, ties as lines as wide as their weight.
 */
final class NetworkPicture {

    /** One colour per helix role, the same order as the ECharts palette of the page. */
    static final Map<Helix, Color> COLOURS = Map.of(
            Helix.BUSINESS, new Color(0x5470c6),
            Helix.RESEARCH_EDUCATION, new Color(0x91cc75),
            Helix.GOVERNMENT, new Color(0xfac858),
            Helix.CIVIL_SOCIETY, new Color(0xee6666),
            Helix.FINANCE, new Color(0x73c0de),
            Helix.BUSINESS_SUPPORT, new Color(0x3ba272));

    private NetworkPicture() {}

    /** The picture as a PNG data URI. */
    static String dataUri(NetworkReport r, int size) {
        var image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, size, size);
        List<NetworkReport.NodeMeasures> nodes = r.nodes().stream()
                .sorted(java.util.Comparator.comparingInt(NetworkReport.NodeMeasures::community)
                        .thenComparing(NetworkReport.NodeMeasures::name))
                .toList();
        Map<Long, double[]> at = new HashMap<>();
        double radius = size * 0.36;
        for (int i = 0; i < nodes.size(); i++) {
            double angle = 2 * Math.PI * i / Math.max(1, nodes.size()) - Math.PI / 2;
            at.put(
                    nodes.get(i).id(),
                    new double[] {size / 2.0 + radius * Math.cos(angle), size / 2.0 + radius * Math.sin(angle), angle});
        }
        g.setColor(new Color(0x999999));
        for (var t : r.ties()) {
            double[] a = at.get(t.a());
            double[] b = at.get(t.b());
            g.setStroke(new BasicStroke((float) Math.min(6, 0.5 + t.weight() / 1.5)));
            g.drawLine((int) a[0], (int) a[1], (int) b[0], (int) b[1]);
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(9, size / 70)));
        for (var n : nodes) {
            double[] p = at.get(n.id());
            int d = 8 + 3 * n.degree();
            g.setColor(COLOURS.getOrDefault(n.helix(), Color.GRAY));
            g.fillOval((int) p[0] - d / 2, (int) p[1] - d / 2, d, d);
            g.setColor(new Color(0x333333));
            String label = n.name().length() > 28 ? n.name().substring(0, 27) + "…" : n.name();
            int w = g.getFontMetrics().stringWidth(label);
            int x = Math.cos(p[2]) >= 0 ? (int) p[0] + d / 2 + 3 : (int) p[0] - d / 2 - 3 - w;
            g.drawString(label, Math.max(0, Math.min(size - w, x)), (int) p[1] + 4);
        }
        g.dispose();
        try (var out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The colour of a helix role as CSS hex, for the legend. */
    static String css(Helix h) {
        Color c = COLOURS.getOrDefault(h, Color.GRAY);
        return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }
}
