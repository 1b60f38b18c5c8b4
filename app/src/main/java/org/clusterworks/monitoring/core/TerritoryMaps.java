package org.clusterworks.monitoring.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clusterworks.reference.Territories;
import org.clusterworks.reference.Territory;
import org.clusterworks.reference.TerritoryGeometry;
import org.springframework.stereotype.Component;

/**
 * Maps of territorial breakdowns: the {@code TERRITORY=code} values of a breakdown drawn on the geometry the reference
 * module ships for the codes' territorial scheme and level (Tanzanian regions, NUTS, countries).
 */
@Component
class TerritoryMaps {

    private final Territories territories;

    TerritoryMaps(Territories territories) {
        this.territories = territories;
    }

    /** What a map needs: the geometry, the feature property joining the codes, the codes and their values. */
    record MapData(String path, String property, String attributionKey, String codes, String values, int drawn) {}

    /** The map of the breakdown's territorial values, if it has any whose scheme has geometry. */
    Optional<MapData> of(Map<String, Double> breakdown) {
        List<String> codes = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        breakdown.forEach((k, v) -> {
            if (k.startsWith("TERRITORY=")) {
                codes.add(k.substring("TERRITORY=".length()));
                values.add(v);
            }
        });
        if (codes.isEmpty()) {
            return Optional.empty();
        }
        Territory first = null;
        for (String code : codes) {
            for (String scheme : territories.schemes()) {
                var t = territories.find(scheme, code);
                if (t.isPresent()
                        && territories.geometry(scheme, t.get().level()).isPresent()) {
                    first = t.get();
                    break;
                }
            }
            if (first != null) {
                break;
            }
        }
        if (first == null) {
            return Optional.empty();
        }
        TerritoryGeometry g =
                territories.geometry(first.scheme(), first.level()).orElseThrow();
        List<String> drawnCodes = new ArrayList<>();
        List<String> drawnValues = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            var t = territories.find(first.scheme(), codes.get(i));
            if (t.isPresent() && t.get().level() == first.level()) {
                drawnCodes.add("numeric".equals(g.joinOn()) ? t.get().numericCode() : codes.get(i));
                drawnValues.add(String.valueOf(values.get(i)));
            }
        }
        return Optional.of(new MapData(
                g.path(),
                g.featureProperty(),
                g.attributionKey(),
                String.join("|", drawnCodes),
                String.join("|", drawnValues),
                drawnCodes.size()));
    }
}
