// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /api/v1/openapi.json}, shaped to the NL API Design Rules: the
 * server URL carries the major version, paths are relative to it, every operation can answer 400
 * with problem+json, and every success carries the {@code API-Version} header.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguratie {

    static final String BASIS = "/api/v1";

    @Bean
    OpenAPI onderdakOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Onderdak API")
                        .version(ApiVersie.VERSIE)
                        .description("Opvang van ontheemden uit Oekraïne: referentiegeografie, verdeelsleutel, "
                                + "opgavebesluiten en (na inloggen) de gegevens van de eigen organisatie.")
                        .contact(new Contact().name("Onderdak-ontwikkelteam").email("onderdak@example.org")
                                .url("https://example.org/onderdak"))
                        .license(new License().name("EUPL-1.2")
                                .url("https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12")))
                .servers(List.of(new Server().url(BASIS).description("Deze server")))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Alleen in het demoprofiel"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")));
    }

    @Bean
    OpenApiCustomizer nlApiDesignRules() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSchemas("Probleem", probleemSchema());
            var relatief = new Paths();
            openApi.getPaths().forEach((pad, item) -> {
                relatief.addPathItem(pad.startsWith(BASIS) ? pad.substring(BASIS.length()) : pad, item);
                item.readOperations().forEach(OpenApiConfiguratie::pasAan);
            });
            openApi.setPaths(relatief);
        };
    }

    private static void pasAan(Operation operatie) {
        var antwoorden = operatie.getResponses();
        antwoorden.forEach((code, antwoord) -> {
            if (code.startsWith("2") || code.startsWith("3")) {
                antwoord.addHeaderObject("API-Version", versieHeader());
            } else if (code.startsWith("4") || code.startsWith("5")) {
                antwoord.setContent(probleemInhoud());
            }
        });
        if (!antwoorden.containsKey("400")) {
            antwoorden.addApiResponse("400", new ApiResponse().description("Ongeldige invoer").content(probleemInhoud()));
        }
    }

    private static Header versieHeader() {
        return new Header().description("Volledige versie van de API (semver)")
                .schema(new StringSchema().example(ApiVersie.VERSIE));
    }

    private static Content probleemInhoud() {
        return new Content().addMediaType(ProblemResponses.MEDIA_TYPE,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/Probleem")));
    }

    @SuppressWarnings("rawtypes")
    private static Schema probleemSchema() {
        var veld = new ObjectSchema()
                .addProperty("name", new StringSchema().description("Naam van het veld of de parameter"))
                .addProperty("reason", new StringSchema().description("Wat er mis is"));
        return new ObjectSchema()
                .description("Foutmelding volgens RFC 9457")
                .required(List.of("status", "title", "detail"))
                .properties(Map.of(
                        "type", new StringSchema().format("uri"),
                        "title", new StringSchema(),
                        "status", new IntegerSchema(),
                        "detail", new StringSchema(),
                        "instance", new StringSchema().format("uri-reference"),
                        "invalidParams", new ArraySchema().items(veld)));
    }
}
