package io.github.swplugin.collect;

import io.github.swplugin.collector.Agent;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * {@code java -jar swplugin-collect-<version>-runnable.jar [options]}: the collector as a process, for scripts and
 * compose files. The exit status is the verdict: 0 when the expected file passes (or none was given), 1 when it
 * fails, 2 for a wrong option or a port that cannot be bound.
 */
public final class Main {
    private static final String USAGE = """
            usage: java -jar swplugin-collect-runnable.jar [options]
              --grpc-port N     gRPC port for the agents (19876)
              --http-port N     HTTP port: /receiveData, /dataValidate, the agents' HTTP protocol (12800)
              --host ADDRESS    address to listen on (0.0.0.0)
              --checkout DIR    the agent's checkout: component names and ids
              --expected FILE   judge this expected file whenever data arrives or it changes
              --agent python|java   whose collector to emulate (python: the pin 7f20775)
              --session TOKEN   show and judge the session of agents sending this authentication token
              --segments N      stop after N segments
              --seconds T       stop after T seconds
              --max-spans N     spans one session may hold (200000)
            """;

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.exit(run(args, System.out));
    }

    static int run(String[] args, PrintStream out) throws InterruptedException {
        CollectorServer.Options server = CollectorServer.Options.defaults();
        String host = server.host();
        int grpcPort = server.grpcPort();
        int httpPort = server.httpPort();
        long maxSpans = CollectorServer.Options.MAX_SPANS;
        Path checkout = null;
        Path expected = null;
        Agent agent = Agent.PYTHON;
        String session = Collector.DEFAULT_SESSION;
        int segments = 0;
        Duration seconds = null;
        try {
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                if (option.equals("--help") || option.equals("-h")) {
                    out.print(USAGE);
                    return 0;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(option + " needs a value");
                }
                String value = args[++i];
                switch (option) {
                    case "--grpc-port" -> grpcPort = port(option, value);
                    case "--http-port" -> httpPort = port(option, value);
                    case "--host" -> host = value;
                    case "--checkout" -> checkout = Path.of(value).toAbsolutePath().normalize();
                    case "--expected" -> expected = Path.of(value).toAbsolutePath().normalize();
                    case "--agent" -> agent = Agent.valueOf(value.toUpperCase(Locale.ROOT));
                    case "--session" -> session = value;
                    case "--segments" -> segments = positive(option, value);
                    case "--seconds" -> seconds = Duration.ofSeconds(positive(option, value));
                    case "--max-spans" -> maxSpans = positive(option, value);
                    default -> throw new IllegalArgumentException("unknown option " + option);
                }
            }
        } catch (IllegalArgumentException e) {
            out.println("swplugin collect: " + e.getMessage() + "\n" + USAGE);
            return 2;
        }
        Collector collector = new Collector(maxSpans);
        String shown = expected == null ? null : checkout != null && expected.startsWith(checkout)
                ? checkout.relativize(expected).toString() : expected.toString();
        LiveSession live = new LiveSession(collector, new LiveSession.Options(checkout, expected, shown, agent, session,
                segments, seconds, 8L << 20), out::println);
        try {
            return live.serve(new CollectorServer.Options(host, grpcPort, httpPort, agent)).passed() ? 0 : 1;
        } catch (IOException e) {
            out.println("swplugin collect: " + e.getMessage());
            return 2;
        }
    }

    private static int port(String option, String value) {
        int port = positive(option, value);
        if (port > 65535) {
            throw new IllegalArgumentException(option + " " + value + " is not a port (1..65535)");
        }
        return port;
    }

    private static int positive(String option, String value) {
        try {
            int number = Integer.parseInt(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " " + value + " is not a positive number");
    }
}
