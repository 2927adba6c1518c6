package io.github.swplugin.collect;

import java.io.IOException;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.skywalking.apm.network.language.agent.v3.MeterData;
import org.apache.skywalking.apm.network.language.agent.v3.SegmentObject;
import org.apache.skywalking.apm.network.logging.v3.LogData;

/**
 * What the agents reported, by session, and who is told when it arrives. A session is named by the token an agent
 * sends as its {@code authentication} (SW_AGENT_AUTHENTICATION), so tests that share one collector keep their data
 * apart; an agent without a token reports to the default session, the only one the mock collector has.
 */
public final class Collector {
    /** The default session's name. */
    public static final String DEFAULT_SESSION = "";

    /** Told of everything that arrives, on the thread that received it. */
    public interface Listener {
        default void segment(String session, SegmentObject segment) {
        }

        /** Something the collector did not keep, and why. */
        default void dropped(String session, String what) {
        }

        default void log(String session, LogData log) {
        }
    }

    /** A report refused because its session holds as many spans or items as it may. */
    public static final class Full extends RuntimeException {
        Full(String message) {
            super(message, null, false, false);
        }
    }

    private final Map<String, SessionData> sessions = new ConcurrentHashMap<>();
    /** What a session that never reported holds; nothing is ever added to it. */
    private final SessionData none = new SessionData();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final long maxSpans;

    /** @param maxSpans the spans (and separately the logs and meters) one session may hold */
    public Collector(long maxSpans) {
        this.maxSpans = maxSpans;
    }

    public void listen(Listener listener) {
        listeners.add(listener);
    }

    /** The session a report goes to, made when its first report arrives. */
    private SessionData session(String name) {
        return sessions.computeIfAbsent(name, n -> new SessionData());
    }

    /** The session a read or reset names: reading a name that never reported makes no session of it. */
    private SessionData existing(String name) {
        return sessions.getOrDefault(name, none);
    }

    /**
     * Keeps a segment as the mock collector does over {@code via}: over gRPC a segment without spans is dropped,
     * over HTTP it is kept.
     */
    void segment(String session, SegmentObject segment, Via via) {
        if (segment.getSpansCount() == 0 && via == Via.GRPC) {
            dropped(session, "segment " + segment.getTraceSegmentId() + " of service '" + segment.getService()
                    + "' has no span: the collector drops it");
            return;
        }
        SessionData data = session(session);
        if (data.spanCount() + segment.getSpansCount() > maxSpans) {
            throw full(session, "spans", data.spanCount());
        }
        data.add(segment);
        listeners.forEach(l -> l.segment(session, segment));
    }

    void log(String session, LogData log) {
        SessionData data = session(session);
        if (data.itemCount() >= maxSpans) {
            throw full(session, "segments, logs and meters", data.itemCount());
        }
        data.add(log);
        listeners.forEach(l -> l.log(session, log));
    }

    void meter(String session, String service, MeterData meter) {
        SessionData data = session(session);
        if (data.itemCount() >= maxSpans) {
            throw full(session, "segments, logs and meters", data.itemCount());
        }
        data.add(service, meter);
    }

    void dropped(String session, String what) {
        listeners.forEach(l -> l.dropped(session, what));
    }

    private Full full(String session, String what, long held) {
        String message = describe(session) + " holds " + held + " " + what + ", its bound (swplugin.maxSpans="
                + maxSpans + "): clear it with DELETE /receiveData" + query(session) + " or raise the bound";
        dropped(session, message);
        return new Full(message);
    }

    /** What {@code GET /receiveData} answers for the session. */
    public String receivedData(String session) {
        return ReceivedYaml.render(existing(session));
    }

    /** The same text, streamed. */
    public void writeReceivedData(String session, Writer out) throws IOException {
        ReceivedYaml.write(existing(session), out);
    }

    /** {@code DELETE /receiveData}: forgets the session's segments, logs and meters. */
    public void clear(String session) {
        existing(session).clear();
    }

    public long spanCount(String session) {
        return existing(session).spanCount();
    }

    /** Each service's segments in the session at this moment. */
    public Map<String, List<SegmentObject>> segments(String session) {
        return existing(session).segments();
    }

    static String describe(String session) {
        return session.isEmpty() ? "the default session" : "session '" + session + "'";
    }

    static String query(String session) {
        return session.isEmpty() ? "" : "?session=" + URLEncoder.encode(session, StandardCharsets.UTF_8);
    }

    /** How a report arrived. */
    enum Via {
        GRPC, HTTP
    }
}
