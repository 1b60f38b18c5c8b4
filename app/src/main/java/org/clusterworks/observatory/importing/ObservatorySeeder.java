package org.clusterworks.observatory.importing;

import org.clusterworks.observatory.core.ObservatoryRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds the observatory with the 2019 report's data on first start (in every mode, not only demo: the observatory is
 * platform-wide reference data, like the territories). Later starts leave it, and its later waves, alone.
 */
@Component
@Order(45)
class ObservatorySeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ObservatorySeeder.class);

    private final ObservatoryRepository repository;
    private final ReportImporter importer;

    ObservatorySeeder(ObservatoryRepository repository, ReportImporter importer) {
        this.repository = repository;
        this.importer = importer;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (repository.wave("eocic-2018-national").isPresent()) {
            return;
        }
        ImportReport report = importer.importShipped();
        log.info("Observatory seeded from the 2019 EOCIC report. {}", report.text());
    }
}
