package io.github.swplugin.collect;

import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.AbstractStub;
import io.grpc.stub.MetadataUtils;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.skywalking.apm.network.common.v3.Commands;
import org.apache.skywalking.apm.network.language.agent.v3.MeterReportServiceGrpc;
import org.apache.skywalking.apm.network.language.agent.v3.TraceSegmentReportServiceGrpc;
import org.apache.skywalking.apm.network.logging.v3.LogReportServiceGrpc;

/** What an agent does against a collector, over gRPC (one stream per kind, as the Python agent) and over HTTP. */
final class Agents implements AutoCloseable {
    private final CollectorServer server;
    private final ManagedChannel channel;
    private final HttpClient http = HttpClient.newHttpClient();

    Agents(CollectorServer server) {
        this.server = server;
        this.channel = NettyChannelBuilder.forAddress("127.0.0.1", server.grpcPort()).usePlaintext().build();
    }

    ManagedChannel channel() {
        return channel;
    }

    <S extends AbstractStub<S>> S withToken(S stub, String token) {
        if (token == null) {
            return stub;
        }
        Metadata headers = new Metadata();
        headers.put(Metadata.Key.of("authentication", Metadata.ASCII_STRING_MARSHALLER), token);
        return stub.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
    }

    void overGrpc(DumpReplay replay, String token) throws Exception {
        send(withToken(TraceSegmentReportServiceGrpc.newStub(channel), token)::collect, replay.segments);
        send(withToken(LogReportServiceGrpc.newStub(channel), token)::collect, replay.logs);
        send(withToken(MeterReportServiceGrpc.newStub(channel), token)::collect, replay.meters);
    }

    /** One client stream of all the messages; returns when the collector answered. */
    static <T> Commands send(Function<StreamObserver<Commands>, StreamObserver<T>> open, List<T> messages) throws Exception {
        CompletableFuture<Commands> answer = new CompletableFuture<>();
        StreamObserver<T> stream = open.apply(new StreamObserver<>() {
            @Override
            public void onNext(Commands commands) {
                answer.complete(commands);
            }

            @Override
            public void onError(Throwable error) {
                answer.completeExceptionally(error);
            }

            @Override
            public void onCompleted() {
            }
        });
        messages.forEach(stream::onNext);
        stream.onCompleted();
        return answer.get(10, TimeUnit.SECONDS);
    }

    /** As the Python agent's HTTP protocol: one segment per request, logs as one array. */
    void overHttp(DumpReplay replay) throws Exception {
        for (var segment : replay.segments) {
            HttpResponse<String> answer = post("/v3/segment", json(segment));
            if (answer.statusCode() != 200) {
                throw new AssertionError("POST /v3/segment answered " + answer.statusCode());
            }
        }
        StringBuilder logs = new StringBuilder("[");
        for (var log : replay.logs) {
            logs.append(logs.length() > 1 ? "," : "").append(json(log));
        }
        post("/v3/logs", logs.append("]").toString());
    }

    static String json(Message message) throws IOException {
        return JsonFormat.printer().print(message);
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> delete(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.httpPort() + path);
    }

    @Override
    public void close() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
}
