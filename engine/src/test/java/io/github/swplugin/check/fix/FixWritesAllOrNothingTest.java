package io.github.swplugin.check.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.swplugin.check.FixtureCheckout;
import io.github.swplugin.check.ValidatorOptions;
import io.github.swplugin.core.FileTransaction;
import io.github.swplugin.core.TransactionException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** swplugin:fix changes every file it repairs or none, and keeps what the user set up: links, modes. */
class FixWritesAllOrNothingTest {
    @TempDir
    Path dir;

    private FixtureCheckout twoFilesWithoutHeaders() {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir);
        checkout.write(FixtureCheckout.TEST, "import os\n");
        checkout.write(FixtureCheckout.PLUGIN, checkout.read(FixtureCheckout.PLUGIN).replaceAll("(?m)^#.*\\n", ""));
        return checkout;
    }

    @Test
    void aFileThatCannotBeWrittenLeavesEveryFileAsItWas() throws IOException {
        FixtureCheckout checkout = twoFilesWithoutHeaders();
        String plugin = checkout.read(FixtureCheckout.PLUGIN);
        Fixer fixer = new Fixer(ValidatorOptions.defaults(dir), false, root -> {
            FileTransaction transaction = new FileTransaction(root);
            transaction.onEachStep((action, path) -> {
                if (path.endsWith("test_demo.py")) {
                    throw new IOException("Read-only file system");
                }
            });
            return transaction;
        });
        assertThatThrownBy(fixer::run).isInstanceOf(TransactionException.class)
                .hasMessage("writing failed (Read-only file system); the checkout is back as it was.");
        assertThat(checkout.read(FixtureCheckout.PLUGIN)).isEqualTo(plugin);
        assertThat(checkout.read(FixtureCheckout.TEST)).isEqualTo("import os\n");
    }

    @Test
    void aLinkStaysALinkAndAModeStaysTheMode() throws IOException {
        FixtureCheckout checkout = twoFilesWithoutHeaders();
        Path real = Files.move(dir.resolve(FixtureCheckout.PLUGIN), dir.resolve("real_plugin.py"));
        Files.createSymbolicLink(dir.resolve(FixtureCheckout.PLUGIN), Path.of("../../real_plugin.py"));
        Files.setPosixFilePermissions(dir.resolve(FixtureCheckout.TEST), PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(new Fixer(ValidatorOptions.defaults(dir), false).run()).extracting(Fixer.Change::path)
                .containsExactly(FixtureCheckout.PLUGIN, FixtureCheckout.TEST);
        assertThat(Files.isSymbolicLink(dir.resolve(FixtureCheckout.PLUGIN))).isTrue();
        assertThat(Files.readString(real)).startsWith("#\n# Licensed to the Apache Software Foundation");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(FixtureCheckout.TEST))))
                .isEqualTo("rwxr-xr-x");
        assertThat(checkout.read(FixtureCheckout.TEST)).startsWith("#\n# Licensed");
    }
}
