package org.clusterworks.learning.engine;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;

/**
 * Lesson Markdown to HTML. Raw HTML in the source is escaped, never passed through, and link targets are sanitised,
 * so lesson text cannot inject script. Blockquotes starting with "**Case:" become case-study boxes.
 */
@Component
public class Markdown {

    private static final List<String> CASE_LABELS = List.of("Case:", "Cas :", "Cas:", "Kisa:");

    private final Parser parser;
    private final HtmlRenderer renderer;

    Markdown() {
        var extensions = List.of(TablesExtension.create());
        parser = Parser.builder().extensions(extensions).build();
        renderer = HtmlRenderer.builder()
                .extensions(extensions)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                    if (node instanceof BlockQuote quote && isCase(quote)) {
                        attributes.put("class", "case");
                    }
                    if ("a".equals(tagName)) {
                        attributes.put("rel", "nofollow noopener");
                    }
                })
                .build();
    }

    public String toHtml(String markdown) {
        return renderer.render(parser.parse(markdown == null ? "" : markdown));
    }

    private static boolean isCase(BlockQuote quote) {
        Node first = quote.getFirstChild();
        if (first instanceof Paragraph p
                && p.getFirstChild() instanceof StrongEmphasis strong
                && strong.getFirstChild() instanceof Text text) {
            String literal = text.getLiteral();
            return CASE_LABELS.stream().anyMatch(literal::startsWith);
        }
        return false;
    }
}
