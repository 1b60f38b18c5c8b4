package org.clusterworks.monitoring.core;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.clusterworks.monitoring.IndicatorTemplate;
import org.clusterworks.monitoring.IndicatorTemplates;
import org.clusterworks.monitoring.logic.Direction;
import org.clusterworks.monitoring.logic.Granularity;
import org.clusterworks.monitoring.logic.SourceKind;
import org.clusterworks.monitoring.logic.Unit;
import org.springframework.stereotype.Component;

/** Answers {@link IndicatorTemplates} from the shipped {@link IndicatorLibrary}. */
@Component
class IndicatorTemplatesApi implements IndicatorTemplates {

    private final List<IndicatorTemplate> library;

    IndicatorTemplatesApi(IndicatorLibrary library) {
        this.library = library.entries().stream()
                .map(e -> new IndicatorTemplate(
                        e.key(),
                        e.spec().code(),
                        Map.of(
                                "en",
                                e.spec().nameEn(),
                                "fr",
                                e.spec().nameFr(),
                                "sw",
                                e.spec().nameSw()),
                        e.level().name(),
                        e.spec().unit().name(),
                        e.spec().sourceKind().name(),
                        e.spec().frequency().name(),
                        e.spec().direction().name()))
                .toList();
    }

    @Override
    public List<IndicatorTemplate> library() {
        return library;
    }

    @Override
    public List<String> units() {
        return names(Unit.values());
    }

    @Override
    public List<String> sources() {
        return names(SourceKind.values());
    }

    @Override
    public List<String> frequencies() {
        return names(Granularity.values());
    }

    @Override
    public List<String> directions() {
        return names(Direction.values());
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
