package io.github.swplugin.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A second process for the tests: takes the checkout's lock and applies a transaction that stops before
 * the step named in its arguments, writing a marker file, until it is killed.
 */
public final class TransactionChild {
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        String pauseAt = args[1];
        try (CheckoutLock lock = CheckoutLock.acquire(root, Duration.ofSeconds(5), "a test's paused transaction")) {
            FileTransaction transaction = FileTransactionTest.sample(root);
            transaction.onEachStep((action, path) -> {
                if ((action + " " + root.relativize(path)).equals(pauseAt)) {
                    Files.writeString(root.resolve("paused"), "");
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
            transaction.apply();
        }
    }
}
