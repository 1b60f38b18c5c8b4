package org.clusterworks.surveys.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A questionnaire in XLSForm shape: the survey rows, the choice lists and the settings.
 *
 * @param title the form title (settings {@code form_title})
 * @param formId the form id (settings {@code form_id})
 * @param version the version, or null
 * @param defaultLanguage the language of unqualified label columns (en, fr or sw)
 * @param items the survey rows in order
 * @param choices the choices rows in order
 */
public record Form(
        String title, String formId, String version, String defaultLanguage, List<Item> items, List<Choice> choices) {

    public Form {
        items = List.copyOf(items);
        choices = List.copyOf(choices);
    }

    /** The rows that collect answers, in order. */
    public List<Item> questions() {
        return items.stream().filter(Item::isQuestion).toList();
    }

    public Optional<Item> question(String name) {
        return questions().stream().filter(i -> name.equals(i.name())).findFirst();
    }

    /** The options of a choice list, in order. */
    public List<Choice> list(String listName) {
        return choices.stream().filter(c -> c.listName().equals(listName)).toList();
    }

    /** The choice lists by name, each in order. */
    public Map<String, List<Choice>> lists() {
        Map<String, List<Choice>> map = new LinkedHashMap<>();
        for (Choice c : choices) {
            map.computeIfAbsent(c.listName(), k -> new ArrayList<>()).add(c);
        }
        return map;
    }
}
