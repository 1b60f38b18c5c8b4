package org.clusterworks.learning.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Lesson Markdown: tables and case boxes render, raw HTML and script links never do. */
class MarkdownTest {

    final Markdown markdown = new Markdown();

    @Test
    void tablesRender() {
        assertThat(markdown.toHtml("| a | b |\n|---|---|\n| 1 | 2 |\n"))
                .contains("<table>")
                .contains("<td>1</td>");
    }

    @Test
    void caseBoxesAreRecognisedInEveryLanguage() {
        for (String label : new String[] {"Case:", "Cas :", "Kisa:"}) {
            assertThat(markdown.toHtml("> **" + label + " Moshi coffee.** Text.\n"))
                    .startsWith("<blockquote class=\"case\">");
        }
        assertThat(markdown.toHtml("> A plain quote.\n")).startsWith("<blockquote>");
    }

    @Test
    void rawHtmlIsEscapedAndScriptLinksAreDropped() {
        String html = markdown.toHtml("<script>alert(1)</script>\n\n[x](javascript:alert(1)) <b onclick=\"x()\">b</b>");
        assertThat(html).doesNotContain("<script").doesNotContain("javascript:").doesNotContain("<b ");
        assertThat(html).contains("&lt;script&gt;").contains("&lt;b onclick=");
    }
}
