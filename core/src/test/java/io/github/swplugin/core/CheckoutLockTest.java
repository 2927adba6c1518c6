package io.github.swplugin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock lives in the checkout, is never taken through a link, and leaves no file behind. */
class CheckoutLockTest {
    @TempDir
    Path checkout;

    @Test
    void theLockFileExistsOnlyWhileHeldAndIsReentrantInOneThread() {
        try (CheckoutLock outer = CheckoutLock.acquire(checkout, Duration.ofSeconds(1), "outer")) {
            assertThat(checkout.resolve(CheckoutLock.FILE)).exists();
            try (CheckoutLock inner = CheckoutLock.acquire(checkout, Duration.ofSeconds(1), "inner")) {
                assertThat(inner).isSameAs(outer);
            }
            assertThat(checkout.resolve(CheckoutLock.FILE)).exists();
        }
        assertThat(checkout.resolve(CheckoutLock.FILE)).doesNotExist();
    }

    @Test
    void aFreeCheckoutIsLockedAtTheFirstAttemptWithoutWaiting() {
        // with no time to wait, a lock nobody holds must be taken at once: a first attempt that failed (as it did when
        // the lock file had to be created) would refuse here, and make every run in a fresh checkout wait a round
        try (CheckoutLock lock = CheckoutLock.acquire(checkout, Duration.ZERO, "fresh")) {
            assertThat(checkout.resolve(CheckoutLock.FILE)).exists();
        }
        assertThat(checkout.resolve(CheckoutLock.FILE)).doesNotExist();
    }

    @Test
    void aLockFilePlantedAsALinkIsRefusedAndItsTargetKeepsItsBytes() throws IOException {
        Path victim = Files.writeString(checkout.resolveSibling(checkout.getFileName() + "-victim"), "precious\n");
        Files.createSymbolicLink(checkout.resolve(CheckoutLock.FILE), victim);
        assertThatThrownBy(() -> CheckoutLock.acquire(checkout, Duration.ofSeconds(1), "test"))
                .isInstanceOf(TransactionException.class)
                .hasMessageContaining(".swplugin-lock in " + checkout.toRealPath() + " is not a plain file (a link or a directory)");
        assertThat(Files.readString(victim)).isEqualTo("precious\n");
    }

    @Test
    void aFileOfTheSameNameThatIsNotALockIsNotOverwritten() throws IOException {
        Files.writeString(checkout.resolve(CheckoutLock.FILE), "my notes\n");
        assertThatThrownBy(() -> CheckoutLock.acquire(checkout, Duration.ofSeconds(1), "test"))
                .hasMessageContaining("is not swplugin's lock file: remove or rename it");
        assertThat(Files.readString(checkout.resolve(CheckoutLock.FILE))).isEqualTo("my notes\n");
    }

    @Test
    void aKilledRunsLockFileIsTakenOverAndRemoved() throws IOException {
        Files.writeString(checkout.resolve(CheckoutLock.FILE), "swplugin lock 1234\npid 1, a killed run, since then");
        try (CheckoutLock lock = CheckoutLock.acquire(checkout, Duration.ofSeconds(1), "test")) {
            assertThat(Files.readString(checkout.resolve(CheckoutLock.FILE))).contains("test, since");
        }
        assertThat(checkout.resolve(CheckoutLock.FILE)).doesNotExist();
    }

    @Test
    void aReadOnlyCheckoutIsSaidInWords() throws IOException {
        Files.setPosixFilePermissions(checkout, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(checkout), "root can write anywhere");
            assertThatThrownBy(() -> CheckoutLock.acquire(checkout, Duration.ofSeconds(1), "test"))
                    .hasMessage("cannot lock " + checkout + " for this run: swplugin creates .swplugin-lock in it while it"
                            + " changes files, and the checkout is read-only for this user");
        } finally {
            Files.setPosixFilePermissions(checkout, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
