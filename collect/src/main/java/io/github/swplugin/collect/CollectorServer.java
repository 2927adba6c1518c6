package io.github.swplugin.collect;

import com.sun.net.httpserver.HttpServer;
import io.github.swplugin.collector.Agent;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;
import io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** The collector on the network: gRPC for the agents, HTTP for the agents' HTTP protocol and for the tests. */
public final class CollectorServer implements AutoCloseable {
    /** Where to listen, and whose collector's verdicts to give. Port 0 picks a free port. */
    public record Options(String host, int grpcPort, int httpPort, Agent agent) {
        public static final int GRPC_PORT = 19876;
        public static final int HTTP_PORT = 12800;
        /**
         * The spans a {@link Collector} session holds by default: about 160 MiB of heap for spans of the Python agent's
         * plugin tests' size (docs/performance.md).
         */
        public static final long MAX_SPANS = 200_000;

        public static Options defaults() {
            return new Options("0.0.0.0", GRPC_PORT, HTTP_PORT, Agent.PYTHON);
        }
    }

    private final Collector collector;
    private final Server grpc;
    private final HttpServer http;
    private final ExecutorService httpThreads;

    private CollectorServer(Collector collector, Server grpc, HttpServer http, ExecutorService httpThreads) {
        this.collector = collector;
        this.grpc = grpc;
        this.http = http;
        this.httpThreads = httpThreads;
    }

    /** @throws IOException when a port cannot be bound (already in use, not allowed) */
    public static CollectorServer start(Options options, Collector collector) throws IOException {
        NettyServerBuilder builder = NettyServerBuilder.forAddress(new InetSocketAddress(options.host(), options.grpcPort()));
        for (ServerServiceDefinition service : AgentServices.of(collector)) {
            builder.addService(ServerInterceptors.intercept(service, AgentServices.sessions()));
        }
        Server grpc;
        try {
            grpc = builder.build().start();
        } catch (IOException e) {
            throw new IOException("cannot listen for gRPC on " + options.host() + ":" + options.grpcPort() + " ("
                    + reason(e) + "): is another collector running? choose another port with swplugin.grpcPort", e);
        }
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(options.host(), options.httpPort()), 64);
        } catch (IOException e) {
            grpc.shutdownNow();
            throw new IOException("cannot listen for HTTP on " + options.host() + ":" + options.httpPort() + " ("
                    + reason(e) + "): is another collector running? choose another port with swplugin.httpPort", e);
        }
        ExecutorService threads = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "swplugin-collect-http");
            thread.setDaemon(true);
            return thread;
        });
        int grpcPort = grpc.getPort();
        http.createContext("/", new HttpEndpoints(collector, options.agent(), () -> "127.0.0.1:" + grpcPort));
        http.setExecutor(threads);
        http.start();
        return new CollectorServer(collector, grpc, http, threads);
    }

    private static String reason(IOException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    public Collector collector() {
        return collector;
    }

    public int grpcPort() {
        return grpc.getPort();
    }

    public int httpPort() {
        return http.getAddress().getPort();
    }

    @Override
    public void close() {
        http.stop(0);
        httpThreads.shutdownNow();
        grpc.shutdown();
        try {
            if (!grpc.awaitTermination(2, TimeUnit.SECONDS)) {
                grpc.shutdownNow();
            }
        } catch (InterruptedException e) {
            grpc.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
