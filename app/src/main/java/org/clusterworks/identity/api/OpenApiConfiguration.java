package org.clusterworks.identity.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description: title, Bearer-token security, and the {@code workspace} path parameter of every
 * workspace-scoped route (controllers receive it resolved as a {@link CurrentWorkspace}).
 */
@Configuration
class OpenApiConfiguration {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentWorkspace.class, AuthenticatedUser.class);
    }

    @Bean
    OpenAPI clusterWorksOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("ClusterWorks API")
                        .version("v1")
                        .description("Programmatic access to ClusterWorks. Authenticate with a personal API token:"
                                + " Authorization: Bearer <token> (create one in your profile).")
                        .license(new License().name("Apache-2.0")))
                .components(new Components()
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("A personal API token")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    @Bean
    OpenApiCustomizer workspacePathParameter() {
        return api -> api.getPaths().forEach((path, item) -> {
            if (path.contains("{workspace}")) {
                item.readOperations().forEach(op -> {
                    boolean declared = op.getParameters() != null
                            && op.getParameters().stream().anyMatch(p -> "workspace".equals(p.getName()));
                    if (!declared) {
                        op.addParametersItem(new PathParameter()
                                .name("workspace")
                                .description("The workspace's short name, e.g. demo")
                                .schema(new io.swagger.v3.oas.models.media.StringSchema()));
                    }
                });
            }
        });
    }
}
