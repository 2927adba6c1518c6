package io.github.swplugin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** All or nothing: after a failure, a kill -9 or a concurrent run, the checkout is as it was, modes included. */
class FileTransactionTest {
    @TempDir
    Path root;

    static FileTransaction sample(Path root) {
        FileTransaction transaction = new FileTransaction(root);
        transaction.create("skywalking/plugins/sw_demo.py", "install = None\n");
        transaction.create("tests/plugin/data/sw_demo/expected.data.yml", "segmentItems: []\n");
        transaction.create("tests/plugin/data/sw_demo/services/provider.py", "print()\n");
        transaction.edit("skywalking/__init__.py", "class Component(Enum):\n    Demo = 7020\n");
        transaction.edit("pyproject.toml", "[tool]\ndemo = '1'\n");
        return transaction;
    }

    private void checkout() throws IOException {
        Files.createDirectories(root.resolve("skywalking/plugins"));
        Files.createDirectories(root.resolve("tests/plugin/data"));
        Files.writeString(root.resolve("skywalking/__init__.py"), "class Component(Enum):\n");
        Files.setPosixFilePermissions(root.resolve("skywalking/__init__.py"), PosixFilePermissions.fromString("rw-rw-r--"));
        Files.writeString(root.resolve("pyproject.toml"), "[tool]\r\n");
    }

    /** Every path with its bytes and mode: what "as it was" means. */
    private Map<String, String> snapshot() throws IOException {
        Map<String, String> tree = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.toList()) {
                String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
                tree.put(root.relativize(p).toString(), mode + (Files.isRegularFile(p) ? " " + Files.readString(p) : ""));
            }
        }
        return tree;
    }

    @Test
    void appliesEverythingKeepingTheModesOfEditedFiles() throws IOException {
        checkout();
        Path reference = Files.writeString(root.resolve("reference"), "");
        sample(root).apply();
        assertThat(Files.readString(root.resolve("pyproject.toml"))).isEqualTo("[tool]\ndemo = '1'\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve("skywalking/__init__.py"))))
                .isEqualTo("rw-rw-r--");
        assertThat(Files.getPosixFilePermissions(root.resolve("skywalking/plugins/sw_demo.py")))
                .isEqualTo(Files.getPosixFilePermissions(reference));
        assertThat(root.resolve(Journal.FILE)).doesNotExist();
        try (Stream<Path> paths = Files.walk(root)) {
            assertThat(paths.map(Path::toString)).noneMatch(p -> p.endsWith(".swplugin.tmp"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mkdir tests/plugin/data/sw_demo", "create skywalking/plugins/sw_demo.py",
        "create tests/plugin/data/sw_demo/services/provider.py", "edit skywalking/__init__.py", "edit pyproject.toml"})
    void aFailureAtAnyStepLeavesTheCheckoutAsItWas(String failAt) throws IOException {
        checkout();
        Map<String, String> before = snapshot();
        FileTransaction transaction = sample(root);
        transaction.onEachStep((action, path) -> {
            if ((action + " " + root.relativize(path)).equals(failAt)) {
                throw new IOException("disk full");
            }
        });
        assertThatThrownBy(transaction::apply).isInstanceOf(TransactionException.class)
                .hasMessage("writing failed (disk full); the checkout is back as it was.");
        assertThat(snapshot()).isEqualTo(before);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "create tests/plugin/data/sw_demo/services/provider.py | 2 new files removed, [] restored",
        "edit pyproject.toml | 3 new files removed, [skywalking/__init__.py] restored"})
    void aRunKilledHalfWayIsRolledBackByTheNextOne(String pauseAt, String said) throws Exception {
        checkout();
        Map<String, String> before = snapshot();
        Process child = child(pauseAt);
        try {
            awaitPause(child);
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);  // SIGKILL: no finally block runs
            Files.delete(root.resolve("paused"));
            assertThat(root.resolve(Journal.FILE)).exists();
            try (CheckoutLock lock = CheckoutLock.acquire(root, Duration.ofSeconds(5), "the test")) {
                assertThat(FileTransaction.recover(root)).get().asString()
                        .startsWith("rolled back an interrupted swplugin run (pid " + child.pid() + " at ")
                        .endsWith(said);
            }
            assertThat(snapshot()).isEqualTo(before);
            assertThat(FileTransaction.recover(root)).isEmpty();
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void aSecondRunWaitsBrieflyThenRefusesNamingTheFirst() throws Exception {
        checkout();
        Process child = child("edit pyproject.toml");
        try {
            awaitPause(child);
            assertThatThrownBy(() -> CheckoutLock.acquire(root, Duration.ofMillis(300), "the test"))
                    .isInstanceOf(TransactionException.class)
                    .hasMessageStartingWith("another swplugin run is changing " + root + " (pid " + child.pid()
                            + ", a test's paused transaction, since ")
                    .hasMessageEndingWith("): let it finish, then run again");
        } finally {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        // the killed holder's lock went with its process
        try (CheckoutLock lock = CheckoutLock.acquire(root, Duration.ofSeconds(5), "the test")) {
            assertThat(FileTransaction.recover(root)).isPresent();
        }
    }

    @Test
    void recoveryNeverUndoesAChangeMadeAfterTheInterruptedRun() throws Exception {
        checkout();
        Process child = child("edit pyproject.toml");
        try {
            awaitPause(child);
        } finally {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        Files.writeString(root.resolve("skywalking/plugins/sw_demo.py"), "edited by hand since\n");
        assertThat(FileTransaction.recover(root)).get().asString()
                .endsWith("left alone because they changed since or are links: [skywalking/plugins/sw_demo.py]");
        assertThat(Files.readString(root.resolve("skywalking/plugins/sw_demo.py"))).isEqualTo("edited by hand since\n");
        assertThat(root.resolve("tests/plugin/data/sw_demo")).doesNotExist();
    }

    private Process child(String pauseAt) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // another temporary directory than this JVM's, as a container's or an IDE's: the lock in the checkout still holds
        Path otherTemp = Files.createDirectories(root.resolveSibling(root.getFileName() + "-tmp"));
        return new ProcessBuilder(java, "-Duser.home=" + System.getProperty("user.home"), "-Djava.io.tmpdir=" + otherTemp, "-cp", System.getProperty("java.class.path"),
                TransactionChild.class.getName(),
                root.toString(), pauseAt).redirectErrorStream(true).redirectOutput(root.resolveSibling("child.log").toFile())
                .start();
    }

    private void awaitPause(Process child) throws InterruptedException, IOException {
        for (int i = 0; i < 300 && !Files.exists(root.resolve("paused")); i++) {
            assertThat(child.isAlive()).as("the child process is running: %s", Files.exists(root.resolveSibling("child.log"))
                    ? Files.readString(root.resolveSibling("child.log")) : "").isTrue();
            Thread.sleep(50);
        }
        assertThat(root.resolve("paused")).exists();
    }
}
