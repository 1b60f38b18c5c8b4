package org.clusterworks.surveys.core;

import java.util.ArrayList;
import java.util.List;
import org.clusterworks.surveys.form.Form;
import org.clusterworks.surveys.form.Item;
import org.clusterworks.surveys.form.ItemType;

/**
 * Moves a row of the survey sheet one place up or down: a question or note swaps with its neighbour, so moving past
 * the start or end of a section takes it into or out of that section; a section moves with all its rows past the
 * neighbouring row. The end of a section does not move on its own.
 */
final class ItemMoves {

    private ItemMoves() {}

    /** The form with row {@code position} moved; null when it cannot move that way (first, last, end of section). */
    static Form move(Form form, int position, boolean up) {
        List<Item> items = new ArrayList<>(form.items());
        Item item = items.get(position);
        if (item.type() == ItemType.END_GROUP) {
            return null;
        }
        int end = item.type() == ItemType.BEGIN_GROUP ? endOf(items, position) : position;
        if (up ? position == 0 : end >= items.size() - 1) {
            return null;
        }
        if (up) {
            Item neighbour = items.remove(position - 1);
            items.add(end, neighbour);
        } else {
            Item neighbour = items.remove(end + 1);
            items.add(position, neighbour);
        }
        return new Form(form.title(), form.formId(), form.version(), form.defaultLanguage(), items, form.choices());
    }

    /** The row that ends the section starting at {@code begin} (the last row when unbalanced). */
    static int endOf(List<Item> items, int begin) {
        int depth = 0;
        for (int i = begin + 1; i < items.size(); i++) {
            ItemType t = items.get(i).type();
            if (t == ItemType.BEGIN_GROUP) {
                depth++;
            } else if (t == ItemType.END_GROUP && depth-- == 0) {
                return i;
            }
        }
        return items.size() - 1;
    }
}
