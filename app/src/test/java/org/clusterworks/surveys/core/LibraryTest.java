package org.clusterworks.surveys.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.clusterworks.surveys.form.Choice;
import org.clusterworks.surveys.form.Form;
import org.clusterworks.surveys.form.FormRules;
import org.clusterworks.surveys.form.Item;
import org.clusterworks.surveys.form.ItemType;
import org.clusterworks.surveys.form.Text;
import org.clusterworks.surveys.form.XlsForm;
import org.junit.jupiter.api.Test;

class LibraryTest {

    @Test
    void everyReadyQuestionnaireIsAValidFormInThreeLanguages() {
        for (String key : Library.KEYS) {
            Form form = Library.load(key);
            assertThat(FormRules.check(form)).as(key).isEmpty();
            for (Item item : form.items()) {
                if (item.type() != ItemType.END_GROUP) {
                    assertThat(complete(item.label()))
                            .as(key + " " + item.name())
                            .isTrue();
                }
                if (!item.constraintMessage().isEmpty()) {
                    assertThat(complete(item.constraintMessage()))
                            .as(key + " " + item.name())
                            .isTrue();
                }
            }
            for (Choice c : form.choices()) {
                assertThat(complete(c.label()))
                        .as(key + " " + c.listName() + "/" + c.name())
                        .isTrue();
            }
            XlsForm.Result back = XlsForm.read(new ByteArrayInputStream(XlsForm.write(form)), key);
            assertThat(back.form()).as(key).isEqualTo(form);
        }
    }

    @Test
    void theFirmDiagnosticCoversTheDiagnosticThemesWithSkipLogicAndAGrid() {
        Form form = Library.load("firm-diagnostic");
        assertThat(form.items().stream()
                        .filter(i -> i.type() == ItemType.BEGIN_GROUP)
                        .map(Item::name))
                .containsExactly(
                        "profile", "markets", "inputs", "skills", "technology", "cooperation", "constraints", "needs");
        assertThat(form.question("export_share").orElseThrow().relevant()).isEqualTo("${exports} = 'yes'");
        assertThat(form.items().stream().filter(Item::matrix).map(Item::name)).containsExactly("cooperation");
        assertThat(Library.load("collaboration-network")
                        .question("partners")
                        .orElseThrow()
                        .parameterMap())
                .containsEntry("frequency", "frequency")
                .containsEntry("trust", "trust");
    }

    private static boolean complete(Text t) {
        return t.en() != null && t.fr() != null && t.sw() != null;
    }
}
