package io.socialmaturity.platform.replicas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.socialmaturity.testing.ApiTest;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The operators' files in infra/ (Kubernetes manifests, Compose file, Dockerfile), checked offline as far as this
 * machine allows (no cluster, no Docker engine, no compose plugin):
 * <ul>
 *   <li>every manifest binds to the Kubernetes API types of its kind (fabric8's model) with no unknown field
 *       anywhere (what {@code kubectl --validate=strict} would reject: a misspelt or misplaced key);</li>
 *   <li>the objects fit together: selectors, port names, ConfigMap/Secret names, the Ingress backend;</li>
 *   <li>the probes name health endpoints that really answer on this backend, and shutdown timings add up;</li>
 *   <li>every setting given to the backend (ConfigMap, Secret, Compose) is one it reads, and is documented
 *       in infra/README.md.</li>
 * </ul>
 */
@MicronautTest(transactional = false)
class DeploymentFilesTest extends ApiTest {

    private static final Path INFRA = Path.of("../infra");
    private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.of(
            "Namespace",
            Namespace.class,
            "ConfigMap",
            ConfigMap.class,
            "Secret",
            Secret.class,
            "Service",
            Service.class,
            "Deployment",
            Deployment.class,
            "Ingress",
            Ingress.class,
            "PodDisruptionBudget",
            PodDisruptionBudget.class);
    private static final Map<String, String> API_VERSIONS = Map.of(
            "Namespace",
            "v1",
            "ConfigMap",
            "v1",
            "Secret",
            "v1",
            "Service",
            "v1",
            "Deployment",
            "apps/v1",
            "Ingress",
            "networking.k8s.io/v1",
            "PodDisruptionBudget",
            "policy/v1");
    /** Read by the launcher or the JVM rather than application.yml. */
    private static final Set<String> READ_OUTSIDE_APPLICATION_YML =
            Set.of("JAVA_OPTS", "MATURITY_DATA_DIR", "MATURITY_DB_PORT");

    private final ObjectMapper mapper = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void everyManifestBindsToItsKubernetesTypeWithoutUnknownFields() throws Exception {
        List<HasMetadata> objects = manifests();
        assertEquals(
                Set.of("Namespace", "ConfigMap", "Secret", "Service", "Deployment", "Ingress", "PodDisruptionBudget"),
                objects.stream().map(HasMetadata::getKind).collect(java.util.stream.Collectors.toSet()));
        for (HasMetadata o : objects) {
            assertEquals(API_VERSIONS.get(o.getKind()), o.getApiVersion(), o.getKind() + " apiVersion");
            assertNotNull(o.getMetadata().getName(), o.getKind() + " needs a name");
            List<String> unknown = new ArrayList<>();
            unknownFields(o, o.getKind() + "/" + o.getMetadata().getName(), unknown);
            assertTrue(unknown.isEmpty(), "fields Kubernetes does not know: " + unknown);
        }
    }

    @Test
    void theUnknownFieldCheckCatchesAMisspeltKey() throws Exception {
        Map<String, Object> deployment =
                yamlDocuments(INFRA.resolve("k8s/deployment.yaml")).get(0);
        String text = new Yaml().dump(deployment).replace("readinessProbe:", "readynessProbe:");
        List<String> unknown = new ArrayList<>();
        unknownFields(mapper.convertValue(new Yaml().load(text), Deployment.class), "Deployment", unknown);
        assertEquals(1, unknown.size(), unknown.toString());
        assertTrue(unknown.get(0).endsWith("readynessProbe"), unknown.toString());
    }

    @Test
    void theObjectsFitTogether() throws Exception {
        List<HasMetadata> objects = manifests();
        Deployment deployment = one(objects, Deployment.class);
        Service service = one(objects, Service.class);
        Ingress ingress = one(objects, Ingress.class);
        PodDisruptionBudget pdb = one(objects, PodDisruptionBudget.class);
        Map<String, String> podLabels =
                deployment.getSpec().getTemplate().getMetadata().getLabels();
        assertTrue(deployment.getSpec().getReplicas() >= 2, "more than one replica");
        assertTrue(podLabels
                .entrySet()
                .containsAll(deployment.getSpec().getSelector().getMatchLabels().entrySet()));
        assertTrue(
                podLabels.entrySet().containsAll(service.getSpec().getSelector().entrySet()),
                "Service selects the pods");
        assertTrue(
                podLabels
                        .entrySet()
                        .containsAll(
                                pdb.getSpec().getSelector().getMatchLabels().entrySet()),
                "PDB selects the pods");

        Container backend =
                deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
        Set<String> portNames = new HashSet<>();
        backend.getPorts().forEach(p -> portNames.add(p.getName()));
        service.getSpec()
                .getPorts()
                .forEach(p -> assertTrue(
                        portNames.contains(p.getTargetPort().getStrVal()),
                        "Service targetPort " + p.getTargetPort() + " is a container port"));
        var ingressBackend = ingress.getSpec()
                .getRules()
                .get(0)
                .getHttp()
                .getPaths()
                .get(0)
                .getBackend()
                .getService();
        assertEquals(service.getMetadata().getName(), ingressBackend.getName());
        assertTrue(service.getSpec().getPorts().stream()
                .anyMatch(p -> p.getName().equals(ingressBackend.getPort().getName())));

        for (EnvFromSource from : backend.getEnvFrom()) {
            if (from.getConfigMapRef() != null) {
                assertEquals(
                        one(objects, ConfigMap.class).getMetadata().getName(),
                        from.getConfigMapRef().getName());
            } else {
                assertEquals(
                        one(objects, Secret.class).getMetadata().getName(),
                        from.getSecretRef().getName());
            }
        }
    }

    @Test
    void probesNameHealthEndpointsThatAnswerAndShutdownTimingsAddUp() throws Exception {
        List<HasMetadata> objects = manifests();
        Deployment deployment = one(objects, Deployment.class);
        Container backend =
                deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
        String readiness = backend.getReadinessProbe().getHttpGet().getPath();
        String liveness = backend.getLivenessProbe().getHttpGet().getPath();
        assertEquals("/health/readiness", readiness);
        assertEquals("/health/liveness", liveness);
        assertEquals(liveness, backend.getStartupProbe().getHttpGet().getPath());
        for (String path : List.of(readiness, liveness)) {
            HttpResponse<String> r = http.toBlocking().exchange(HttpRequest.GET(path), String.class);
            assertEquals(200, r.getStatus().getCode(), path);
            assertTrue(r.body().contains("\"UP\""), path + ": " + r.body());
        }
        Duration grace = Duration.parse("PT"
                + one(objects, ConfigMap.class)
                        .getData()
                        .get("MATURITY_SHUTDOWN_GRACE_PERIOD")
                        .toUpperCase());
        List<String> preStop = backend.getLifecycle().getPreStop().getExec().getCommand();
        long pause = Long.parseLong(preStop.get(preStop.size() - 1));
        assertTrue(
                deployment.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds()
                        > grace.toSeconds() + pause,
                "Kubernetes must not kill a replica before its grace period ends");
    }

    @Test
    void composeFileWiresMysqlKeycloakAndTheBackendImage() throws Exception {
        Map<String, Object> compose =
                yamlDocuments(INFRA.resolve("compose.yaml")).get(0);
        Map<String, Map<String, Object>> services = cast(compose.get("services"));
        assertEquals(Set.of("mysql", "keycloak", "backend"), services.keySet());
        assertTrue(((String) services.get("mysql").get("image")).startsWith("mysql:8"));
        String kcVersion = property(Files.readString(Path.of("pom.xml")), "keycloak.version");
        assertEquals(
                "keycloak/keycloak:" + kcVersion,
                services.get("keycloak").get("image"),
                "the realm's Keycloak version");
        assertTrue(Files.readString(INFRA.resolve("keycloak.sh")).contains("KC_VERSION=" + kcVersion));
        List<String> kcVolumes = cast(services.get("keycloak").get("volumes"));
        Path realmDir = INFRA.resolve(kcVolumes.get(0).split(":")[0]);
        assertTrue(
                Files.exists(realmDir.resolve("maturity-realm.json")), "the realm file is mounted for --import-realm");

        Map<String, Object> backend = services.get("backend");
        Map<String, Object> build = cast(backend.get("build"));
        Path context = INFRA.resolve((String) build.get("context"));
        Path dockerfile = context.resolve((String) build.get("dockerfile"));
        Matcher copy = Pattern.compile("(?m)^COPY (\\S+) ").matcher(Files.readString(dockerfile));
        assertTrue(copy.find(), "the Dockerfile copies the jar");
        assertEquals(
                "backend/target/" + property(Files.readString(Path.of("pom.xml")), "finalName") + ".jar",
                copy.group(1),
                "the Dockerfile copies the jar the build makes");
        Map<String, Object> dependsOn = cast(backend.get("depends_on"));
        dependsOn.forEach((name, condition) -> {
            assertTrue(services.containsKey(name));
            assertEquals("service_healthy", ((Map<?, ?>) condition).get("condition"));
            assertNotNull(services.get(name).get("healthcheck"), name + " has a healthcheck to wait for");
        });
        Map<String, Object> env = cast(backend.get("environment"));
        assertTrue(
                ((String) env.get("JDBC_URL")).startsWith("jdbc:mysql://mysql:3306/"),
                "the backend uses the mysql service");
        assertTrue(
                ((String) env.get("KEYCLOAK_URL")).startsWith("http://keycloak:"),
                "the backend uses the keycloak service");
    }

    @Test
    void theRealmsThemeExistsAndEveryDeploymentGivesItToKeycloak() throws Exception {
        Map<String, Object> realm =
                mapper.readValue(INFRA.resolve("keycloak/maturity-realm.json").toFile(), Map.class);
        String theme = (String) realm.get("loginTheme");
        assertNotNull(theme, "the realm names its login theme");
        assertEquals(theme, realm.get("emailTheme"), "one theme for pages and emails");
        Path themeDir = INFRA.resolve("keycloak/themes/" + theme);
        for (String type : List.of("login", "email")) {
            assertTrue(Files.exists(themeDir.resolve(type + "/theme.properties")), type + " theme in " + themeDir);
            for (String lang : List.of("en", "it")) {
                assertTrue(
                        Files.exists(themeDir.resolve(type + "/messages/messages_" + lang + ".properties")),
                        type + " texts in " + lang);
            }
        }
        assertEquals(Boolean.TRUE, realm.get("internationalizationEnabled"));
        assertEquals(List.of("en", "it"), realm.get("supportedLocales"));

        Map<String, Map<String, Object>> services =
                cast(yamlDocuments(INFRA.resolve("compose.yaml")).get(0).get("services"));
        List<String> kcVolumes = cast(services.get("keycloak").get("volumes"));
        assertTrue(
                kcVolumes.contains("./keycloak/themes/" + theme + ":/opt/keycloak/themes/" + theme + ":ro"),
                "Compose mounts the theme: " + kcVolumes);

        String kcVersion = property(Files.readString(Path.of("pom.xml")), "keycloak.version");
        String image = Files.readString(INFRA.resolve("docker/keycloak.Dockerfile"));
        assertTrue(image.contains("\nFROM keycloak/keycloak:" + kcVersion + "\n"), "the image is the tested Keycloak");
        assertTrue(
                image.contains("\nCOPY infra/keycloak/themes/" + theme + " /opt/keycloak/themes/" + theme + "\n"),
                "the Keycloak image holds the theme");
        assertTrue(
                Files.readString(INFRA.resolve("keycloak.sh")).contains("install_themes"),
                "the development Keycloak installs the themes");
        assertTrue(Files.readString(INFRA.resolve("README.md")).contains("keycloak/themes/" + theme));
    }

    /** The product's Keycloak extension (infra/keycloak/extension) reaches Keycloak's providers/ in every deployment. */
    @Test
    void everyDeploymentGivesKeycloakTheProductsExtension() throws Exception {
        Path extension = INFRA.resolve("keycloak/extension");
        String pom = Files.readString(extension.resolve("pom.xml"));
        assertEquals(
                property(Files.readString(Path.of("pom.xml")), "keycloak.version"),
                property(pom, "keycloak.version"),
                "the extension is built against the Keycloak the project tests against");
        String jar = property(pom, "finalName") + ".jar";
        assertTrue(
                Files.readString(Path.of("../pom.xml")).contains("<module>infra/keycloak/extension</module>"),
                "mvn install builds the extension's jar");
        assertTrue(
                Files.readString(extension.resolve("src/main/resources/META-INF/services/"
                                + "org.keycloak.authentication.actiontoken.ActionTokenHandlerFactory"))
                        .contains("io.socialmaturity.keycloak.SignedInAfterPasswordActionTokenHandler"),
                "the handler is registered");

        Map<String, Map<String, Object>> services =
                cast(yamlDocuments(INFRA.resolve("compose.yaml")).get(0).get("services"));
        List<String> kcVolumes = cast(services.get("keycloak").get("volumes"));
        assertTrue(
                kcVolumes.contains("./keycloak/extension/target/" + jar + ":/opt/keycloak/providers/" + jar + ":ro"),
                "Compose mounts the extension: " + kcVolumes);
        assertTrue(
                Files.readString(INFRA.resolve("docker/keycloak.Dockerfile"))
                        .contains("\nCOPY infra/keycloak/extension/target/" + jar + " /opt/keycloak/providers/" + jar
                                + "\n"),
                "the Keycloak image holds the extension");
        String script = Files.readString(INFRA.resolve("keycloak.sh"));
        assertTrue(script.contains("EXTENSION_JAR=" + jar), "the development Keycloak installs the extension");
        assertTrue(
                script.indexOf("install_extension || true") < script.indexOf("kc.sh\" start-dev"),
                "the development Keycloak installs the extension before it starts");
        assertTrue(Files.readString(INFRA.resolve("README.md")).contains("keycloak/extension"));
    }

    @Test
    void everySettingGivenToTheBackendIsOneItReadsAndIsDocumented() throws Exception {
        Set<String> read = new TreeSet<>(READ_OUTSIDE_APPLICATION_YML);
        Matcher m = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]+)[:}]")
                .matcher(Files.readString(Path.of("src/main/resources/application.yml")));
        while (m.find()) {
            read.add(m.group(1));
        }
        Set<String> given = new TreeSet<>();
        List<HasMetadata> objects = manifests();
        given.addAll(one(objects, ConfigMap.class).getData().keySet());
        given.addAll(one(objects, Secret.class).getStringData().keySet());
        one(objects, Deployment.class)
                .getSpec()
                .getTemplate()
                .getSpec()
                .getContainers()
                .get(0)
                .getEnv()
                .forEach(e -> given.add(e.getName()));
        Map<String, Map<String, Object>> services =
                cast(yamlDocuments(INFRA.resolve("compose.yaml")).get(0).get("services"));
        given.addAll(((Map<String, Object>) cast(services.get("backend").get("environment"))).keySet());
        Set<String> unknown = new TreeSet<>(given);
        unknown.removeAll(read);
        assertTrue(unknown.isEmpty(), "settings the backend does not read: " + unknown);
        String readme = Files.readString(INFRA.resolve("README.md"));
        List<String> undocumented =
                read.stream().filter(name -> !readme.contains("`" + name + "`")).toList();
        assertTrue(undocumented.isEmpty(), "settings missing from infra/README.md: " + undocumented);
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private List<HasMetadata> manifests() throws IOException {
        List<HasMetadata> objects = new ArrayList<>();
        try (Stream<Path> files = Files.list(INFRA.resolve("k8s"))) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                if (f.getFileName().toString().equals("kustomization.yaml")) {
                    List<String> resources = cast(yamlDocuments(f).get(0).get("resources"));
                    resources.forEach(r -> assertTrue(Files.exists(f.resolveSibling(r)), "kustomization lists " + r));
                    continue;
                }
                for (Map<String, Object> doc : yamlDocuments(f)) {
                    Class<? extends HasMetadata> type = KINDS.get((String) doc.get("kind"));
                    assertNotNull(type, f + ": unexpected kind " + doc.get("kind"));
                    objects.add(mapper.convertValue(doc, type));
                }
            }
        }
        return objects;
    }

    private static List<Map<String, Object>> yamlDocuments(Path file) throws IOException {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Object doc : new Yaml().loadAll(Files.readString(file))) {
            if (doc != null) {
                docs.add(cast(doc));
            }
        }
        return docs;
    }

    /** Every key fabric8 kept in an "additionalProperties" map: keys that are no field of the Kubernetes type. */
    private static void unknownFields(Object o, String path, List<String> unknown) throws Exception {
        if (o == null || !o.getClass().getName().startsWith("io.fabric8.")) {
            if (o instanceof Collection<?> c) {
                int i = 0;
                for (Object item : c) {
                    unknownFields(item, path + "[" + i++ + "]", unknown);
                }
            } else if (o instanceof Map<?, ?> map) {
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    unknownFields(e.getValue(), path + "." + e.getKey(), unknown);
                }
            }
            return;
        }
        for (Method method : o.getClass().getMethods()) {
            if (method.getParameterCount() != 0
                    || !method.getName().startsWith("get")
                    || method.getName().equals("getClass")) {
                continue;
            }
            Object value = method.invoke(o);
            if (method.getName().equals("getAdditionalProperties")) {
                ((Map<?, ?>) value).keySet().forEach(k -> unknown.add(path + "." + k));
            } else {
                unknownFields(value, path + "." + method.getName().substring(3), unknown);
            }
        }
    }

    private static <T extends HasMetadata> T one(List<HasMetadata> objects, Class<T> type) {
        List<T> found =
                objects.stream().filter(type::isInstance).map(type::cast).toList();
        assertEquals(1, found.size(), "one " + type.getSimpleName());
        return found.get(0);
    }

    private static String property(String pom, String name) {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(pom);
        assertTrue(m.find(), name + " in the pom");
        return m.group(1).trim();
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object o) {
        return (T) o;
    }
}
