package io.github.swplugin.archetype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptEntryTest {
    @TempDir
    Path checkout;

    /** The getters of the generator's request that the script's entry reads, as the generator's classes name them. */
    public static final class Request {
        private final Properties properties = new Properties();
        private final String artifactId;
        private final String outputDirectory;

        Request(String outputDirectory, String artifactId, String... pairs) {
            this.outputDirectory = outputDirectory;
            this.artifactId = artifactId;
            ScaffoldTest.properties(pairs).forEach(properties::setProperty);
        }

        public Properties getProperties() {
            return properties;
        }

        public String getOutputDirectory() {
            return outputDirectory;
        }

        public String getArtifactId() {
            return artifactId;
        }

        public Session getMavenSession() {
            return new Session();
        }
    }

    /** MavenSession and its execution request, down to the interactive mode. */
    public static final class Session {
        public Session getRequest() {
            return this;
        }

        public boolean isInteractiveMode() {
            return false;
        }
    }

    @Test
    void generatesWithTheValuesOfTheGeneratorsRequest() throws Exception {
        SampleCheckout.copyTo(checkout);
        String told = ScriptEntry.run(new Request(checkout.toString(), ".swplugin-staging", "library", "pymemcache"));
        assertThat(told).contains("generated sw_pymemcache (cache)");
        assertThat(checkout.resolve("skywalking/plugins/sw_pymemcache.py")).isRegularFile();
        assertThat(checkout.resolve(".swplugin-staging")).doesNotExist();
    }

    @Test
    void aRefusalReachesTheGeneratorAsPostGenerateThrewIt() {
        SampleCheckout.copyTo(checkout);
        assertThatThrownBy(() -> ScriptEntry.run(new Request(checkout.toString(), "../elsewhere", "library", "pymemcache")))
                .hasMessageStartingWith("artifactId '../elsewhere' must name a staging directory")
                .satisfies(e -> assertThat(e.getClass().getName()).isEqualTo(ScaffoldException.class.getName()));
    }

    /** The request of maven-archetype-plugin before 3.3.1, which has no Maven session. */
    public static final class RequestWithoutSession {
        public Properties getProperties() {
            return new Properties();
        }
    }

    @Test
    void anOldGeneratorIsToldWhichVersionToRun() {
        assertThatThrownBy(() -> ScriptEntry.run(new RequestWithoutSession()))
                .isInstanceOf(ScaffoldException.class)
                .hasMessageContaining("needs maven-archetype-plugin 3.3.1 or later")
                .hasMessageContaining("maven-archetype-plugin:3.4.1:generate");
    }

    @Test
    void theJarsOwnClassesComeFromTheJarAndTheRestFromTheParent() throws Exception {
        URL jar = Path.of("target", "classes").toUri().toURL();
        assertThat(Files.isRegularFile(Path.of("target", "classes", "io", "github", "swplugin", "archetype", "Names.class"))).isTrue();
        try (JarFirstLoader loader = new JarFirstLoader(jar, getClass().getClassLoader())) {
            // the parent has Names as well: a parent-first loader would return the parent's
            assertThat(loader.loadClass(Names.class.getName()).getClassLoader()).isSameAs(loader);
            assertThat(loader.loadClass(Test.class.getName())).isSameAs(Test.class);
            assertThat(loader.loadClass(String.class.getName())).isSameAs(String.class);
        }
    }
}
