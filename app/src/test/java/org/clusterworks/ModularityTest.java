package org.clusterworks;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The business modules keep to their boundaries: no module reaches into another's internal packages or cycles. */
class ModularityTest {

    // The analytics engine is a plain library whose packages happen to sit below org.clusterworks; it is not an
    // application module, and the app may use all of its public types.
    private final ApplicationModules modules = ApplicationModules.of(
            ClusterWorksApplication.class, JavaClass.Predicates.resideInAPackage("org.clusterworks.analytics.."));

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
