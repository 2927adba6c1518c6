package io.github.swplugin.collect;

import io.github.swplugin.collect.Collector.Via;
import io.grpc.BindableService;
import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerMethodDefinition;
import io.grpc.ServerServiceDefinition;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.skywalking.apm.network.common.v3.Commands;
import org.apache.skywalking.apm.network.event.v3.Event;
import org.apache.skywalking.apm.network.event.v3.EventServiceGrpc;
import org.apache.skywalking.apm.network.language.agent.v3.CLRMetricCollection;
import org.apache.skywalking.apm.network.language.agent.v3.CLRMetricReportServiceGrpc;
import org.apache.skywalking.apm.network.language.agent.v3.ConfigurationDiscoveryServiceGrpc;
import org.apache.skywalking.apm.network.language.agent.v3.ConfigurationSyncRequest;
import org.apache.skywalking.apm.network.language.agent.v3.JVMMetricCollection;
import org.apache.skywalking.apm.network.language.agent.v3.JVMMetricReportServiceGrpc;
import org.apache.skywalking.apm.network.language.agent.v3.MeterData;
import org.apache.skywalking.apm.network.language.agent.v3.MeterDataCollection;
import org.apache.skywalking.apm.network.language.agent.v3.MeterReportServiceGrpc;
import org.apache.skywalking.apm.network.language.agent.v3.SegmentCollection;
import org.apache.skywalking.apm.network.language.agent.v3.SegmentObject;
import org.apache.skywalking.apm.network.language.agent.v3.SpanAttachedEvent;
import org.apache.skywalking.apm.network.language.agent.v3.SpanAttachedEventReportServiceGrpc;
import org.apache.skywalking.apm.network.language.agent.v3.TraceSegmentReportServiceGrpc;
import org.apache.skywalking.apm.network.language.profile.v3.ProfileTaskCommandQuery;
import org.apache.skywalking.apm.network.language.profile.v3.ProfileTaskFinishReport;
import org.apache.skywalking.apm.network.language.profile.v3.ProfileTaskGrpc;
import org.apache.skywalking.apm.network.language.profile.v3.ThreadSnapshot;
import org.apache.skywalking.apm.network.logging.v3.LogData;
import org.apache.skywalking.apm.network.logging.v3.LogReportServiceGrpc;
import org.apache.skywalking.apm.network.management.v3.InstancePingPkg;
import org.apache.skywalking.apm.network.management.v3.InstanceProperties;
import org.apache.skywalking.apm.network.management.v3.ManagementServiceGrpc;

/**
 * The gRPC services an agent reports to, each under its {@code skywalking.v3} name and under the package-less name
 * of the 8.x era, as the mock collector serves them. Segments, logs and meters are kept as each message arrives;
 * everything else is answered with empty commands, including the profiling and configuration calls the mock
 * collector leaves unimplemented (which make the agent back off and log errors).
 */
final class AgentServices {
    /** The session of the call: the agent's {@code authentication} token, or the default session. */
    static final Context.Key<String> SESSION = Context.key("swplugin-session");
    private static final Metadata.Key<String> AUTHENTICATION = Metadata.Key.of("authentication",
            Metadata.ASCII_STRING_MARSHALLER);
    private static final Commands NO_COMMANDS = Commands.getDefaultInstance();

    private AgentServices() {
    }

    /** Every service, twice: with and without its package. */
    static List<ServerServiceDefinition> of(Collector collector) {
        List<BindableService> services = List.of(new Segments(collector), new Meters(collector), new Logs(collector),
                new Management(), new JvmMetrics(), new ClrMetrics(), new Events(), new SpanEvents(), new Profiling(),
                new ConfigurationDiscovery());
        List<ServerServiceDefinition> definitions = new ArrayList<>();
        for (BindableService service : services) {
            ServerServiceDefinition definition = service.bindService();
            definitions.add(definition);
            definitions.add(packageLess(definition));
        }
        return definitions;
    }

    /** Reads the session from the call's metadata. */
    static ServerInterceptor sessions() {
        return new ServerInterceptor() {
            @Override
            public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                    ServerCallHandler<Q, R> next) {
                String token = headers.get(AUTHENTICATION);
                Context context = Context.current().withValue(SESSION, token == null ? Collector.DEFAULT_SESSION : token);
                return Contexts.interceptCall(context, call, headers, next);
            }
        };
    }

    private static ServerServiceDefinition packageLess(ServerServiceDefinition definition) {
        String name = definition.getServiceDescriptor().getName();
        String bare = name.substring(name.lastIndexOf('.') + 1);
        ServerServiceDefinition.Builder builder = ServerServiceDefinition.builder(bare);
        for (ServerMethodDefinition<?, ?> method : definition.getMethods()) {
            addRenamed(builder, method, bare);
        }
        return builder.build();
    }

    private static <Q, R> void addRenamed(ServerServiceDefinition.Builder builder, ServerMethodDefinition<Q, R> method,
            String service) {
        MethodDescriptor<Q, R> descriptor = method.getMethodDescriptor();
        builder.addMethod(descriptor.toBuilder()
                .setFullMethodName(MethodDescriptor.generateFullMethodName(service, descriptor.getBareMethodName()))
                .build(), method.getServerCallHandler());
    }

    /**
     * A client stream whose messages are each handed to {@code each}, answered with empty commands when the agent
     * closes it. When the collector refuses a message the stream fails with RESOURCE_EXHAUSTED and the reason.
     */
    private static <T> StreamObserver<T> stream(StreamObserver<Commands> answer, Consumer<T> each) {
        return new StreamObserver<>() {
            private boolean failed;

            @Override
            public void onNext(T message) {
                if (failed) {
                    return;
                }
                try {
                    each.accept(message);
                } catch (Collector.Full e) {
                    failed = true;
                    answer.onError(Status.RESOURCE_EXHAUSTED.withDescription(e.getMessage()).asRuntimeException());
                }
            }

            @Override
            public void onError(Throwable error) {
                // the agent gave up on the stream; what arrived before is kept, as in the mock collector
            }

            @Override
            public void onCompleted() {
                if (!failed) {
                    answer(answer);
                }
            }
        };
    }

    private static void answer(StreamObserver<Commands> answer) {
        answer.onNext(NO_COMMANDS);
        answer.onCompleted();
    }

    private static final class Segments extends TraceSegmentReportServiceGrpc.TraceSegmentReportServiceImplBase {
        private final Collector collector;

        Segments(Collector collector) {
            this.collector = collector;
        }

        @Override
        public StreamObserver<SegmentObject> collect(StreamObserver<Commands> answer) {
            String session = SESSION.get();
            return stream(answer, segment -> collector.segment(session, segment, Via.GRPC));
        }

        /** Not served by the mock collector (the agents do not call it); kept here rather than lost. */
        @Override
        public void collectInSync(SegmentCollection segments, StreamObserver<Commands> answer) {
            String session = SESSION.get();
            try {
                segments.getSegmentsList().forEach(segment -> collector.segment(session, segment, Via.GRPC));
                answer(answer);
            } catch (Collector.Full e) {
                answer.onError(Status.RESOURCE_EXHAUSTED.withDescription(e.getMessage()).asRuntimeException());
            }
        }
    }

    /** A meter without a service belongs to the last service named earlier in the same stream. */
    private static final class Meters extends MeterReportServiceGrpc.MeterReportServiceImplBase {
        private final Collector collector;

        Meters(Collector collector) {
            this.collector = collector;
        }

        @Override
        public StreamObserver<MeterData> collect(StreamObserver<Commands> answer) {
            String session = SESSION.get();
            String[] service = {null};
            return stream(answer, meter -> keep(session, service, meter));
        }

        @Override
        public StreamObserver<MeterDataCollection> collectBatch(StreamObserver<Commands> answer) {
            String session = SESSION.get();
            String[] service = {null};
            return stream(answer, batch -> batch.getMeterDataList().forEach(meter -> keep(session, service, meter)));
        }

        private void keep(String session, String[] service, MeterData meter) {
            if (!meter.getService().isEmpty()) {
                service[0] = meter.getService();
            }
            if (meter.getMetricCase() == MeterData.MetricCase.METRIC_NOT_SET) {
                return;
            }
            if (service[0] == null) {
                collector.dropped(session, "a meter '" + SessionData.meterName(meter) + "' arrived before any meter of its stream"
                        + " named the service (the mock collector fails on it)");
                return;
            }
            collector.meter(session, service[0], meter);
        }
    }

    private static final class Logs extends LogReportServiceGrpc.LogReportServiceImplBase {
        private final Collector collector;

        Logs(Collector collector) {
            this.collector = collector;
        }

        @Override
        public StreamObserver<LogData> collect(StreamObserver<Commands> answer) {
            String session = SESSION.get();
            return stream(answer, log -> collector.log(session, log));
        }
    }

    private static final class Management extends ManagementServiceGrpc.ManagementServiceImplBase {
        @Override
        public void reportInstanceProperties(InstanceProperties properties, StreamObserver<Commands> answer) {
            answer(answer);
        }

        @Override
        public void keepAlive(InstancePingPkg ping, StreamObserver<Commands> answer) {
            answer(answer);
        }
    }

    private static final class JvmMetrics extends JVMMetricReportServiceGrpc.JVMMetricReportServiceImplBase {
        @Override
        public void collect(JVMMetricCollection metrics, StreamObserver<Commands> answer) {
            answer(answer);
        }
    }

    private static final class ClrMetrics extends CLRMetricReportServiceGrpc.CLRMetricReportServiceImplBase {
        @Override
        public void collect(CLRMetricCollection metrics, StreamObserver<Commands> answer) {
            answer(answer);
        }
    }

    private static final class Events extends EventServiceGrpc.EventServiceImplBase {
        @Override
        public StreamObserver<Event> collect(StreamObserver<Commands> answer) {
            return stream(answer, event -> {
            });
        }
    }

    private static final class SpanEvents extends SpanAttachedEventReportServiceGrpc.SpanAttachedEventReportServiceImplBase {
        @Override
        public StreamObserver<SpanAttachedEvent> collect(StreamObserver<Commands> answer) {
            return stream(answer, event -> {
            });
        }
    }

    /** No profiling task is ever pending, so the agent's profiler stays idle instead of backing off. */
    private static final class Profiling extends ProfileTaskGrpc.ProfileTaskImplBase {
        @Override
        public void getProfileTaskCommands(ProfileTaskCommandQuery query, StreamObserver<Commands> answer) {
            answer(answer);
        }

        @Override
        public StreamObserver<ThreadSnapshot> collectSnapshot(StreamObserver<Commands> answer) {
            return stream(answer, snapshot -> {
            });
        }

        @Override
        public void reportTaskFinish(ProfileTaskFinishReport report, StreamObserver<Commands> answer) {
            answer(answer);
        }
    }

    /** No dynamic configuration: the agent keeps the configuration it started with. */
    private static final class ConfigurationDiscovery
            extends ConfigurationDiscoveryServiceGrpc.ConfigurationDiscoveryServiceImplBase {
        @Override
        public void fetchConfigurations(ConfigurationSyncRequest request, StreamObserver<Commands> answer) {
            answer(answer);
        }
    }
}
