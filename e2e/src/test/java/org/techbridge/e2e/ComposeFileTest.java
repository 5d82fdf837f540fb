package org.techbridge.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs here, so docker-compose.yml is checked against the modules instead: each
 * service image is built from its module, publishes the port the service listens on, and gets
 * every setting the service reads from the environment, pointing at the right container.
 */
class ComposeFileTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*):([^}]*)}");

    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readCompose() throws IOException {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(reader);
            services = (Map<String, Map<String, Object>>) compose.get("services");
        }
    }

    static Stream<String> serviceModules() throws IOException {
        String pom = Files.readString(ROOT.resolve("pom.xml"));
        Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(pom);
        return module.results().map(m -> m.group(1))
                .filter(name -> Files.exists(ROOT.resolve(name).resolve("src/main/docker/Dockerfile.jvm")))
                .toList().stream();
    }

    @ParameterizedTest
    @MethodSource("serviceModules")
    void eachServiceIsBuiltFromItsModuleWithItsDockerfile(String module) {
        Map<String, Object> build = map(service(module).get("build"));

        assertEquals("./" + module, build.get("context"));
        assertTrue(Files.exists(ROOT.resolve(module).resolve((String) build.get("dockerfile"))));
    }

    @ParameterizedTest
    @MethodSource("serviceModules")
    void eachServicePublishesAndProbesThePortItListensOn(String module) throws IOException {
        String port = config(module).getProperty("quarkus.http.port");
        Map<String, Object> service = service(module);

        assertEquals(List.of(port + ":" + port), service.get("ports"));
        assertTrue(Files.readString(dockerfile(module)).contains("EXPOSE " + port));
        assertTrue(String.valueOf(map(service.get("healthcheck")).get("test"))
                .contains("localhost:" + port + "/q/health/ready"));
    }

    @ParameterizedTest
    @MethodSource("serviceModules")
    void everyEnvironmentSettingAServiceReadsIsSetAndPointsAtAComposeService(String module) throws IOException {
        Map<String, Object> environment = map(service(module).get("environment"));
        Matcher reference = ENV_REFERENCE.matcher(Files.readString(properties(module)));
        int checked = 0;
        while (reference.find()) {
            String variable = reference.group(1);
            String localDefault = reference.group(2);
            if (variable.startsWith("TEST_")) {
                continue;
            }
            String value = String.valueOf(environment.get(variable));
            assertTrue(environment.containsKey(variable), module + " reads " + variable + " but compose sets none");
            if (localDefault.startsWith("jdbc:postgresql:")) {
                URI url = URI.create(value.substring("jdbc:".length()));
                URI local = URI.create(localDefault.substring("jdbc:".length()));
                assertEquals(local.getPath(), url.getPath(), module + " uses its own database");
                assertReachable(url.getHost(), url.getPort(), "postgres");
                assertTrue(initialisedDatabases().contains(url.getPath().substring(1)));
            } else if (variable.startsWith("KAFKA_")) {
                String[] hostPort = value.split(":");
                assertReachable(hostPort[0], Integer.parseInt(hostPort[1]), "kafka");
            } else if (variable.endsWith("_URL")) {
                URI url = URI.create(value);
                assertReachable(url.getHost(), url.getPort(), url.getHost());
            }
            checked++;
        }
        assertTrue(checked > 0, module + " reads no environment at all");
    }

    @ParameterizedTest
    @MethodSource("serviceModules")
    void servicesStartOnlyAfterWhatTheyNeedIsHealthy(String module) {
        Map<String, Object> dependsOn = map(service(module).get("depends_on"));

        assertFalse(dependsOn.isEmpty());
        dependsOn.forEach((name, condition) -> {
            assertEquals("service_healthy", map(condition).get("condition"), module + " on " + name);
            assertNotNull(service(name).get("healthcheck"), name + " has no health check");
        });
    }

    /** A compose service of that name exists and listens on that port. */
    private static void assertReachable(String host, int port, String expectedService) throws IOException {
        assertEquals(expectedService, host);
        Map<String, Object> target = service(host);
        String image = String.valueOf(target.get("image"));
        if (image.startsWith("postgres")) {
            assertEquals(5432, port);
        } else if (image.startsWith("apache/kafka")) {
            assertTrue(String.valueOf(map(target.get("environment")).get("KAFKA_ADVERTISED_LISTENERS"))
                    .contains("//" + host + ":" + port));
        } else {
            assertEquals(config(host).getProperty("quarkus.http.port"), String.valueOf(port));
        }
    }

    private static String initialisedDatabases() throws IOException {
        return Files.readString(ROOT.resolve("infra/compose/init-databases.sql"));
    }

    private static Map<String, Object> service(String name) {
        Map<String, Object> service = services.get(name);
        assertNotNull(service, "docker-compose.yml has no service " + name);
        return service;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertNotNull(value);
        return (Map<String, Object>) value;
    }

    private static Path dockerfile(String module) {
        return ROOT.resolve(module).resolve("src/main/docker/Dockerfile.jvm");
    }

    private static Path properties(String module) {
        return ROOT.resolve(module).resolve("src/main/resources/application.properties");
    }

    private static Properties config(String module) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(properties(module))) {
            properties.load(reader);
        }
        return properties;
    }
}
