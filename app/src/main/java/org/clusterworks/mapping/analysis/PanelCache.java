package org.clusterworks.mapping.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import org.clusterworks.analytics.panel.Panel;
import org.clusterworks.analytics.panel.PanelBuilder;
import org.clusterworks.mapping.dataset.Dataset;
import org.clusterworks.mapping.dataset.DatasetStore;
import org.springframework.stereotype.Component;

/**
 * Loads a dataset version's observations into the analytics engine's {@link Panel}. Versions never change once
 * stored, so the few most recently used panels are kept in memory.
 */
@Component
public class PanelCache {

    private static final int KEEP = 6;

    private final DatasetStore store;
    private final Map<Long, Panel> panels = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Panel> eldest) {
            return size() > KEEP;
        }
    };

    PanelCache(DatasetStore store) {
        this.store = store;
    }

    public Panel panel(Dataset dataset) {
        synchronized (panels) {
            Panel p = panels.get(dataset.versionId());
            if (p != null) {
                return p;
            }
        }
        PanelBuilder builder = Panel.builder(dataset.measures().toArray(String[]::new));
        store.readObservations(dataset.versionId(), dataset.measures().size(), (r, i, y, v) -> builder.add(r, i, y, v));
        Panel p = builder.build();
        synchronized (panels) {
            panels.put(dataset.versionId(), p);
        }
        return p;
    }
}
