package org.clusterworks.surveys.form;

/**
 * One reason a form is refused, located like a spreadsheet cell.
 *
 * @param sheet the XLSForm sheet (survey, choices or settings), or null for the file as a whole
 * @param row the 1-based spreadsheet row, or 0 when the problem is not on one row
 * @param column the column header, or null
 * @param message what is wrong
 */
public record FormProblem(String sheet, int row, String column, String message) {

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        if (sheet != null) {
            s.append(sheet);
            if (row > 0) {
                s.append(" row ").append(row);
            }
            if (column != null) {
                s.append(" column ").append(column);
            }
            s.append(": ");
        }
        return s.append(message).toString();
    }
}
