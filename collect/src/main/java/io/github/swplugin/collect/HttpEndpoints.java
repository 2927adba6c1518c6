package io.github.swplugin.collect;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.swplugin.collect.Collector.Via;
import io.github.swplugin.collector.Agent;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.skywalking.apm.network.language.agent.v3.SegmentObject;
import org.apache.skywalking.apm.network.logging.v3.LogData;
import org.apache.skywalking.apm.network.management.v3.InstanceProperties;

/**
 * The HTTP side on one handler: the mock collector's paths with its status codes and bodies, and {@code POST /v3/logs},
 * which the Python agent's HTTP protocol sends and the mock collector answers with 404. Reports carry their session in
 * an {@code Authentication} header; reads and resets name it with {@code ?session=}.
 */
final class HttpEndpoints implements HttpHandler {
    private static final JsonFormat.Parser JSON = JsonFormat.parser().ignoringUnknownFields();
    /** Bodies above this size are refused (413) rather than held in memory. */
    private static final int MAX_BODY = 64 * 1024 * 1024;

    private final Collector collector;
    private final Agent agent;
    private final Supplier<String> grpcAddress;

    HttpEndpoints(Collector collector, Agent agent, Supplier<String> grpcAddress) {
        this.collector = collector;
        this.agent = agent;
        this.grpcAddress = grpcAddress;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            switch (path) {
                case "/healthCheck" -> only(exchange, method, "GET", () -> send(exchange, 200, "text/plain", "Success"));
                case "/agent/gRPC" -> only(exchange, method, "GET", () -> json(exchange, 200, "[\"" + grpcAddress.get() + "\"]"));
                case "/receiveData" -> receiveData(exchange, method);
                case "/dataValidate" -> only(exchange, method, "POST", () -> dataValidate(exchange));
                case "/v3/segment" -> only(exchange, method, "POST", () -> report(exchange, () -> {
                    collector.segment(reporter(exchange), parse(body(exchange), SegmentObject.newBuilder()), Via.HTTP);
                }));
                case "/v3/segments" -> only(exchange, method, "POST", () -> report(exchange, () -> {
                    String session = reporter(exchange);
                    for (SegmentObject segment : HttpEndpoints.<SegmentObject>parseAll(body(exchange), SegmentObject::newBuilder)) {
                        collector.segment(session, segment, Via.HTTP);
                    }
                }));
                case "/v3/logs" -> only(exchange, method, "POST", () -> report(exchange, () -> {
                    String session = reporter(exchange);
                    for (LogData log : HttpEndpoints.<LogData>parseAll(body(exchange), LogData::newBuilder)) {
                        collector.log(session, log);
                    }
                }));
                // the mock collector reads both as InstanceProperties and answers {}
                case "/v3/management/keepAlive", "/v3/management/reportProperties" -> only(exchange, method, "POST", () -> {
                    try {
                        parse(body(exchange), InstanceProperties.newBuilder());
                        json(exchange, 200, "{}");
                    } catch (BadRequest e) {
                        badRequest(exchange, e.getMessage());
                    }
                });
                default -> send(exchange, 404, "text/plain", "");
            }
        }
    }

    private interface Action {
        void run() throws IOException;
    }

    private static void only(HttpExchange exchange, String method, String allowed, Action action) throws IOException {
        if (method.equals(allowed)) {
            action.run();
        } else {
            exchange.getResponseHeaders().set("Allow", allowed);
            send(exchange, 405, "text/plain", "");
        }
    }

    private void receiveData(HttpExchange exchange, String method) throws IOException {
        String session = session(exchange);
        if (method.equals("GET")) {
            // YAML, under the JSON content type the mock collector gives it, streamed: a session can be large
            exchange.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
            exchange.sendResponseHeaders(200, 0);
            try (Writer out = new BufferedWriter(new OutputStreamWriter(exchange.getResponseBody(), StandardCharsets.UTF_8))) {
                collector.writeReceivedData(session, out);
            }
        } else if (method.equals("DELETE")) {
            collector.clear(session);
            json(exchange, 200, "");
        } else {
            exchange.getResponseHeaders().set("Allow", "GET, DELETE");
            send(exchange, 405, "text/plain", "");
        }
    }

    private void dataValidate(HttpExchange exchange) throws IOException {
        String posted;
        try {
            posted = body(exchange);
        } catch (BadRequest e) {
            badRequest(exchange, e.getMessage());
            return;
        }
        DataValidation.Answer answer = DataValidation.of(posted, collector.receivedData(session(exchange)), agent);
        json(exchange, answer.status(), answer.body());
    }

    /** 200 with an empty body; 400 with the reason in {@code error-message} when the JSON is not the message. */
    private void report(HttpExchange exchange, Action keep) throws IOException {
        try {
            keep.run();
            json(exchange, 200, "");
        } catch (BadRequest e) {
            badRequest(exchange, e.getMessage());
        } catch (Collector.Full e) {
            exchange.getResponseHeaders().set("error-message", e.getMessage());
            send(exchange, 413, "text/plain", e.getMessage());
        }
    }

    private static <T extends Message> T parse(String json, Message.Builder builder) {
        try {
            JSON.merge(json, builder);
            @SuppressWarnings("unchecked")
            T message = (T) builder.build();
            return message;
        } catch (InvalidProtocolBufferException | RuntimeException e) {
            throw new BadRequest(e.getMessage());
        }
    }

    /** Every element is read before any is kept, so one bad element keeps none (as in the mock collector). */
    private static <T extends Message> List<T> parseAll(String json, Supplier<Message.Builder> builders) {
        JsonElement root;
        try {
            root = JsonParser.parseString(json);
        } catch (JsonParseException e) {
            throw new BadRequest(e.getMessage());
        }
        if (!root.isJsonArray()) {
            throw new BadRequest("the body is not a JSON array");
        }
        JsonArray array = root.getAsJsonArray();
        List<T> messages = new ArrayList<>(array.size());
        for (JsonElement element : array) {
            messages.add(parse(element.toString(), builders.get()));
        }
        return messages;
    }

    /** A body the endpoint cannot read. */
    private static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message == null ? "unreadable body" : message, null, false, false);
        }
    }

    private static String body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw new BadRequest("the body is larger than " + MAX_BODY + " bytes");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** The session a report goes to: its Authentication header, as the agents' gRPC metadata. */
    private static String reporter(HttpExchange exchange) {
        String token = exchange.getRequestHeaders().getFirst("Authentication");
        return token == null ? Collector.DEFAULT_SESSION : token;
    }

    /** The session a read or reset names with {@code ?session=}, else the default one. */
    private static String session(HttpExchange exchange) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null) {
            for (String parameter : query.split("&")) {
                if (parameter.startsWith("session=")) {
                    return URLDecoder.decode(parameter.substring("session=".length()), StandardCharsets.UTF_8);
                }
            }
        }
        return Collector.DEFAULT_SESSION;
    }

    private static void badRequest(HttpExchange exchange, String message) throws IOException {
        exchange.getResponseHeaders().set("error-message", message.replaceAll("[\\r\\n]+", " "));
        json(exchange, 400, "");
    }

    private static void json(HttpExchange exchange, int status, String body) throws IOException {
        send(exchange, status, "application/json;charset=utf-8", body);
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
