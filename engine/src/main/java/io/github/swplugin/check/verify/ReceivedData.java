package io.github.swplugin.check.verify;

import io.github.swplugin.check.ConfigurationException;
import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.FileText;
import io.github.swplugin.collector.CollectorData.Data;
import io.github.swplugin.collector.ReceivedDump;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/** What the mock collector holds ({@code GET /receiveData}), from a file or from the collector itself. */
public final class ReceivedData {
    /** Where the plugin tests' compose file publishes the collector's HTTP port. */
    public static final String DEFAULT_SOURCE = "http://127.0.0.1:12800/receiveData";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private ReceivedData() {
    }

    /** The dump as text; every failure is a {@link ConfigurationException} that names the source. */
    public static String read(String source, Path basedir, long maxBytes) {
        return read(source, basedir, maxBytes, TIMEOUT);
    }

    static String read(String source, Path basedir, long maxBytes, Duration timeout) {
        return isUrl(source) ? fetch(source, timeout, maxBytes) : readFile(basedir.resolve(source), source, maxBytes);
    }

    /** The dump as the collector holds it; a dump of another shape is a {@link ConfigurationException}. */
    public static Data parse(String text, String source) {
        try {
            return ReceivedDump.parse(text);
        } catch (ReceivedDump.NotADump e) {
            String place = e.place() == null ? "" : ":" + e.place().line() + ":" + e.place().column();
            throw new ConfigurationException(source + place + ": " + e.getMessage());
        }
    }

    static boolean isUrl(String source) {
        return source.startsWith("http://") || source.startsWith("https://");
    }

    private static String readFile(Path file, String source, long maxBytes) {
        if (!Files.exists(file)) {
            throw new ConfigurationException(source + ": does not exist (swplugin.received)");
        }
        FileFindings problems = new FileFindings(source);
        return FileText.read(file, maxBytes, problems).orElseThrow(() -> new ConfigurationException(
                source + ": " + problems.list().get(0).message() + " (swplugin.received)"));
    }

    private static String shown(Duration timeout) {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
    }

    /**
     * GET with one deadline for the whole exchange (connecting, headers and every byte of the body), at most
     * {@code maxBytes} of body, strict UTF-8, and no redirect followed: a URL is as untrusted as a file.
     */
    private static String fetch(String url, Duration timeout, long maxBytes) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
        AtomicReference<CappedBody> body = new AtomicReference<>();
        CompletableFuture<HttpResponse<byte[]>> exchange = null;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET().build();
            exchange = client.sendAsync(request, info -> {
                if (info.statusCode() != 200) {
                    return HttpResponse.BodySubscribers.replacing(new byte[0]);
                }
                body.set(new CappedBody(maxBytes));
                return body.get();
            });
            HttpResponse<byte[]> response = exchange.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (response.statusCode() != 200) {
                throw new ConfigurationException(url + ": the collector answered HTTP " + response.statusCode()
                        + (response.statusCode() / 100 == 3 ? " (a redirect, which swplugin does not follow: give the collector's"
                        + " own address)" : " instead of its data"));
            }
            return FileText.decode(response.body()).orElseThrow(() -> new ConfigurationException(url
                    + ": the answer is not UTF-8 text, so it is not the collector's data"));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(url + ": not a valid URL (" + e.getMessage() + ")");
        } catch (TimeoutException e) {
            throw new ConfigurationException(url + ": no " + (body.get() == null ? "answer" : "complete answer") + " within " + shown(timeout));
        } catch (ExecutionException e) {
            throw failure(url, timeout, maxBytes, e.getCause(), body.get() != null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConfigurationException(url + ": interrupted while reading");
        } finally {
            if (exchange != null) {
                exchange.cancel(true);
            }
            if (body.get() != null) {
                body.get().cancel();
            }
        }
    }

    private static ConfigurationException failure(String url, Duration timeout, long maxBytes, Throwable cause, boolean answering) {
        if (cause instanceof CappedBody.TooLarge) {
            return new ConfigurationException(url + ": the answer is larger than " + maxBytes + " bytes (swplugin.maxFileSize):"
                    + " not read");
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return new ConfigurationException(url + ": no connection within " + shown(timeout) + ": is the mock"
                    + " collector running and its port published?");
        }
        if (cause instanceof HttpTimeoutException) {
            return new ConfigurationException(url + ": no " + (answering ? "complete answer" : "answer") + " within " + shown(timeout));
        }
        if (cause instanceof ConnectException) {
            return new ConfigurationException(url + ": connection refused: start the test's compose services"
                    + " (docker compose up) or give a saved dump with -Dswplugin.received=<file>");
        }
        return new ConfigurationException(url + ": cannot be read (" + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")");
    }
}
