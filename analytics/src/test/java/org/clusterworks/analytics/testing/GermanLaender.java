package org.clusterworks.analytics.testing;

import java.util.Map;
import org.clusterworks.analytics.core.LabelledMatrix;
import org.clusterworks.analytics.panel.Panel;
import org.clusterworks.analytics.panel.PanelBuilder;

/** The REAT German Laender fixtures as panels and matrices. */
public final class GermanLaender {

    private GermanLaender() {}

    /** 16 Laender x 17 WZ2008 sections, persons employed (emp_all) 2015. */
    public static LabelledMatrix employment2015() {
        PanelBuilder b = Panel.builder("emp_all", "firms");
        for (Map<String, String> row : Fixtures.read("fixtures/germany-laender/G_regions_industries.csv")) {
            b.add(row.get("region_code"), row.get("ind_code"), 2015, num(row, "emp_all"), num(row, "firms"));
        }
        return b.build().crossSection(2015, "emp_all");
    }

    /** 16 Laender x 17 sections, employees subject to social insurance, 2008-2014. */
    public static Panel employees2008to2014() {
        PanelBuilder b = Panel.builder("emp");
        for (Map<String, String> row : Fixtures.read("fixtures/germany-laender/G_regions_emp.csv")) {
            b.add(row.get("region"), row.get("industry"), (int) num(row, "year"), num(row, "emp"));
        }
        return b.build();
    }

    private static double num(Map<String, String> row, String column) {
        return Double.parseDouble(row.get(column));
    }
}
