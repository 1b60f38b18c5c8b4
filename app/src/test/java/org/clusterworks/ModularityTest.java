package org.clusterworks;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The business modules keep to their boundaries: no module reaches into another's internal packages or cycles. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(ClusterWorksApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
