package org.clusterworks;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The ClusterWorks web application; each package directly below this one is a business module. */
@SpringBootApplication
@EnableScheduling
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class ClusterWorksApplication {

    public static void main(String[] args) {
        SpringApplication.run(ClusterWorksApplication.class, args);
    }
}
