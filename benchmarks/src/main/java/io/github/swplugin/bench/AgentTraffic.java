package io.github.swplugin.bench;

import io.grpc.ManagedChannel;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.StreamObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.skywalking.apm.network.common.v3.Commands;
import org.apache.skywalking.apm.network.common.v3.KeyStringValuePair;
import org.apache.skywalking.apm.network.language.agent.v3.RefType;
import org.apache.skywalking.apm.network.language.agent.v3.SegmentObject;
import org.apache.skywalking.apm.network.language.agent.v3.SegmentReference;
import org.apache.skywalking.apm.network.language.agent.v3.SpanLayer;
import org.apache.skywalking.apm.network.language.agent.v3.SpanObject;
import org.apache.skywalking.apm.network.language.agent.v3.SpanType;
import org.apache.skywalking.apm.network.language.agent.v3.TraceSegmentReportServiceGrpc;

/**
 * What a Python agent sends for one request of a plugin test: a segment of five spans (an entry with a ref and three
 * tags, exits with two tags each), the shape of the real runs of the acceptance corpus; and a gRPC client that streams
 * them as the agent does.
 */
final class AgentTraffic implements AutoCloseable {
    static final int SPANS_PER_SEGMENT = 5;

    private final ManagedChannel channel;

    AgentTraffic(int port) {
        channel = NettyChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build();
    }

    static List<SegmentObject> segments(int count) {
        List<SegmentObject> segments = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String id = String.format("%032x", i);
            SegmentObject.Builder segment = SegmentObject.newBuilder().setTraceId("t" + id).setTraceSegmentId(id)
                    .setService("provider").setServiceInstance("provider-instance");
            long start = 1795626149000L + i;
            segment.addSpans(SpanObject.newBuilder().setSpanId(0).setParentSpanId(-1).setOperationName("/users")
                    .setSpanLayer(SpanLayer.Http).setSpanType(SpanType.Entry).setComponentId(7001).setPeer("172.18.0.4:50234")
                    .setStartTime(start).setEndTime(start + 500)
                    .addTags(tag("http.method", "POST")).addTags(tag("http.url", "http://provider:9091/users"))
                    .addTags(tag("http.status_code", "200"))
                    .addRefs(SegmentReference.newBuilder().setRefType(RefType.CrossProcess).setTraceId("t" + id)
                            .setParentTraceSegmentId("p" + id).setParentSpanId(1).setParentService("consumer")
                            .setParentServiceInstance("consumer-instance").setParentEndpoint("/users")
                            .setNetworkAddressUsedAtPeer("provider:9091")));
            for (int span = 1; span < SPANS_PER_SEGMENT; span++) {
                segment.addSpans(SpanObject.newBuilder().setSpanId(span).setParentSpanId(0).setOperationName("Redis/SET")
                        .setSpanLayer(SpanLayer.Cache).setSpanType(SpanType.Exit).setComponentId(7).setPeer("redis:6379")
                        .setStartTime(start + span).setEndTime(start + span + 1)
                        .addTags(tag("cache.type", "Redis")).addTags(tag("cache.key", "foo" + span)));
            }
            segments.add(segment.build());
        }
        return segments;
    }

    private static KeyStringValuePair tag(String key, String value) {
        return KeyStringValuePair.newBuilder().setKey(key).setValue(value).build();
    }

    /** One client stream of the segments; returns when the collector answered the stream. */
    void send(List<SegmentObject> segments) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        StreamObserver<SegmentObject> stream = TraceSegmentReportServiceGrpc.newStub(channel).collect(new StreamObserver<>() {
            @Override
            public void onNext(Commands commands) {
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }

            @Override
            public void onCompleted() {
                done.complete(null);
            }
        });
        segments.forEach(stream::onNext);
        stream.onCompleted();
        done.get(60, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
}
