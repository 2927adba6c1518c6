package io.github.swplugin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A journal is acted on only when this user's runs wrote it for this checkout, and even then only inside the
 * checkout, without following links: what a committed or planted journal asks for is never done.
 */
class HostileJournalTest {
    @TempDir
    Path dir;
    Path checkout;
    Path victim;

    @BeforeEach
    void layout() throws IOException {
        checkout = Files.createDirectories(dir.resolve("checkout"));
        victim = Files.writeString(dir.resolve("victim.txt"), "precious\n");
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCommittedJournalOfTheFirstFormatIsRefusedByNameAndNothingItNamesIsTouched() throws IOException {
        String digest = Journal.digest("precious\n".getBytes(StandardCharsets.UTF_8));
        Files.writeString(checkout.resolve(Journal.FILE), "swplugin journal 1\nrun pid 1 at then\n"
                + "create " + b64("../victim.txt") + " " + digest + "\n"
                + "temp " + b64(victim.toString()) + "\n");
        assertThatThrownBy(() -> FileTransaction.recover(checkout)).isInstanceOf(ForeignJournalException.class)
                .hasMessageStartingWith(".swplugin-journal was not written by swplugin for this user on this machine, or was changed since:"
                        + " swplugin left it, and every file it names, alone.");
        assertThat(Files.readString(victim)).isEqualTo("precious\n");
        assertThat(checkout.resolve(Journal.FILE)).exists();
    }

    @Test
    void aGenuineJournalChangedByOneByteIsRefused() throws IOException {
        Journal journal = new Journal("pid 1");
        journal.temporaries.add("a.tmp");
        journal.write(CheckoutRoot.of(checkout));
        Path file = checkout.resolve(Journal.FILE);
        Files.writeString(file, Files.readString(file).replace("temp " + b64("a.tmp"), "temp " + b64("../victim.txt")));
        assertThatThrownBy(() -> FileTransaction.recover(checkout)).isInstanceOf(ForeignJournalException.class);
        assertThat(victim).exists();
    }

    @Test
    void aJournalCopiedFromAnotherCheckoutIsRefused() throws IOException {
        Path other = Files.createDirectories(dir.resolve("other"));
        Journal journal = new Journal("pid 1");
        journal.write(CheckoutRoot.of(other));
        Files.copy(other.resolve(Journal.FILE), checkout.resolve(Journal.FILE));
        assertThatThrownBy(() -> FileTransaction.recover(checkout)).isInstanceOf(ForeignJournalException.class)
                .hasMessageStartingWith(".swplugin-journal was written for another checkout");
    }

    @Test
    void evenASignedJournalActsOnlyInsideTheCheckoutAndThroughNoLink() throws IOException {
        Files.createDirectories(checkout.resolve("tests"));
        Files.createSymbolicLink(checkout.resolve("tests/link"), dir);
        byte[] precious = Files.readAllBytes(victim);
        Journal journal = new Journal("pid 1");
        for (String path : new String[] {"../victim.txt", victim.toString(), "tests/link/victim.txt"}) {
            journal.temporaries.add(path);
            journal.creations.add(new Journal.Creation(path, Journal.digest(precious)));
            journal.edits.add(new Journal.Edit(path, "rwxrwxrwx", Journal.digest(precious), "attack\n".getBytes(StandardCharsets.UTF_8)));
        }
        journal.directories.add(new Journal.Directory("../"));
        journal.write(CheckoutRoot.of(checkout));
        assertThat(FileTransaction.recover(checkout)).get().asString()
                .endsWith("0 new files removed, [] restored; left alone because they changed since or are links: [../victim.txt, "
                        + victim + ", tests/link/victim.txt, ../victim.txt, " + victim + ", tests/link/victim.txt, ../victim.txt, "
                        + victim + ", tests/link/victim.txt]");
        assertThat(Files.readString(victim)).isEqualTo("precious\n");
        assertThat(Files.getPosixFilePermissions(victim)).doesNotContain(java.nio.file.attribute.PosixFilePermission.OTHERS_WRITE);
        assertThat(checkout.resolve(Journal.FILE)).doesNotExist();
    }

    @Test
    void aJournalThatIsALinkIsRefusedAndNotFollowed() throws IOException {
        Files.createSymbolicLink(checkout.resolve(Journal.FILE), victim);
        assertThatThrownBy(() -> FileTransaction.recover(checkout)).isInstanceOf(ForeignJournalException.class)
                .hasMessageStartingWith(".swplugin-journal is not a regular file");
        assertThat(Files.readString(victim)).isEqualTo("precious\n");
    }

    @Test
    void noChangeIsMadeWhileAJournalThatCannotBeRolledBackIsThere() throws IOException {
        Files.writeString(checkout.resolve(Journal.FILE), "planted\n");
        FileTransaction transaction = new FileTransaction(checkout);
        transaction.create("new.txt", "x\n");
        assertThatThrownBy(transaction::apply).isInstanceOf(TransactionException.class)
                .hasMessage(".swplugin-journal is there: an earlier run was not rolled back (any swplugin goal says why); nothing was written");
        assertThat(checkout.resolve("new.txt")).doesNotExist();
        assertThat(Files.readString(checkout.resolve(Journal.FILE))).isEqualTo("planted\n");
    }

    @Test
    void aTransactionWhoseFileLeadsOutThroughALinkChangesNothing() throws IOException {
        Files.createSymbolicLink(checkout.resolve("pyproject.toml"), victim);
        FileTransaction transaction = new FileTransaction(checkout);
        transaction.create("skywalking/plugins/sw_x.py", "x\n");
        transaction.edit("pyproject.toml", "attack\n");
        assertThatThrownBy(transaction::apply).isInstanceOf(TransactionException.class)
                .hasMessageContaining("pyproject.toml is a symbolic link that leads out of the checkout");
        assertThat(Files.readString(victim)).isEqualTo("precious\n");
        assertThat(checkout.resolve("skywalking")).doesNotExist();
        assertThat(checkout.resolve(Journal.FILE)).doesNotExist();
    }
}
