package io.github.swplugin.collect;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.FileText;
import io.github.swplugin.check.Finding;
import io.github.swplugin.check.verify.Verifier;
import io.github.swplugin.collector.Agent;
import io.github.swplugin.collector.CollectorData.Data;
import io.github.swplugin.collector.CollectorLoader;
import io.github.swplugin.core.CheckoutRoot;
import io.github.swplugin.core.PythonEnum;
import io.github.swplugin.core.UnsafePathException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.skywalking.apm.network.language.agent.v3.SegmentObject;
import org.apache.skywalking.apm.network.logging.v3.LogData;

/**
 * The collector for the author at the terminal: each segment printed as it arrives with what is wrong in it, the
 * verdict on the test's expected file printed again whenever data arrives or the file changes, and a summary at the
 * end. Stops after a number of segments, after a time, or when told to (Ctrl-C).
 */
public final class LiveSession implements Collector.Listener {
    /**
     * @param checkout          the agent's checkout, for its component names and ids (null: none)
     * @param expected          the test's expected file to judge (null: none)
     * @param shown             how messages name the expected file
     * @param stopAfterSegments 0: no limit
     * @param stopAfter         null: no limit
     */
    public record Options(Path checkout, Path expected, String shown, Agent agent, String session, int stopAfterSegments,
            Duration stopAfter, long maxFileSize) {
    }

    /** How the session ended: the last verdict (empty findings: success, or no file was judged). */
    public record Result(boolean judged, List<Finding> findings, String receivedData) {
        public boolean passed() {
            return findings.isEmpty();
        }
    }

    private static final long POLL_MILLIS = 250;
    private static final String ENUM_FILE = "skywalking/__init__.py";

    private final Collector collector;
    private final Options options;
    private final Consumer<String> out;
    private final Map<Integer, String> componentNames;
    private final AtomicInteger segments = new AtomicInteger();
    private final AtomicBoolean changed = new AtomicBoolean();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final List<String> problems = new ArrayList<>();

    public LiveSession(Collector collector, Options options, Consumer<String> out) {
        this.collector = collector;
        this.options = options;
        this.out = out;
        this.componentNames = componentNames(options.checkout(), options.maxFileSize());
        collector.listen(this);
    }

    /**
     * The Python agent's Component enum, id to name; empty for another agent, a checkout without it, or an enum file
     * reached through a link that leads out of the checkout (which is never read).
     */
    private static Map<Integer, String> componentNames(Path checkout, long maxFileSize) {
        Map<Integer, String> names = new HashMap<>();
        if (checkout == null) {
            return names;
        }
        Path file;
        try {
            file = CheckoutRoot.of(checkout).inside(ENUM_FILE);
        } catch (UnsafePathException e) {
            return names;
        }
        if (Files.exists(file)) {
            FileText.read(file, maxFileSize, new FileFindings(ENUM_FILE))
                    .flatMap(text -> PythonEnum.read(text, "Component"))
                    .ifPresent(components -> components.members().forEach(m -> names.putIfAbsent(m.id(), m.name())));
        }
        return names;
    }

    @Override
    public void segment(String session, SegmentObject segment) {
        if (!session.equals(options.session())) {
            return;
        }
        List<String> lines = new ArrayList<>(SegmentView.lines(segment, componentNames::get));
        List<String> wrong = AgentDataChecks.of(segment, componentNames.isEmpty() ? null : componentNames::containsKey);
        wrong.forEach(problem -> lines.add("  WARNING [agent-data] " + problem));
        synchronized (problems) {
            problems.addAll(wrong);
        }
        print(lines);
        segments.incrementAndGet();
        changed.set(true);
    }

    @Override
    public void dropped(String session, String what) {
        if (session.equals(options.session())) {
            print(List.of("dropped: " + what));
        }
    }

    @Override
    public void log(String session, LogData log) {
        if (session.equals(options.session())) {
            String text = log.getBody().hasText() ? log.getBody().getText().getText() : log.getBody().getContentCase().name();
            print(List.of(log.getService() + ": log " + text.lines().findFirst().orElse("")));
            changed.set(true);
        }
    }

    private void print(List<String> lines) {
        synchronized (out) {
            lines.forEach(out);
        }
    }

    /** Ends {@link #run()} at its next look. */
    public void stop() {
        stopped.set(true);
    }

    /**
     * Serves the agents until the session ends ({@link #run()}); the summary is printed then, or at Ctrl-C.
     *
     * @throws IOException when a port cannot be bound
     */
    public Result serve(CollectorServer.Options server) throws IOException, InterruptedException {
        try (CollectorServer running = CollectorServer.start(server, collector)) {
            print(List.of("swplugin: collecting on gRPC " + server.host() + ":" + running.grpcPort() + " and HTTP "
                    + server.host() + ":" + running.httpPort() + " (Ctrl-C stops)"));
            Thread summary = new Thread(this::finish, "swplugin-collect-summary");
            Runtime.getRuntime().addShutdownHook(summary);
            Result result = run();
            Runtime.getRuntime().removeShutdownHook(summary);
            return result;
        }
    }

    /** Waits for data and judges until a limit is reached or {@link #stop()}; then prints the summary. */
    public Result run() throws InterruptedException {
        long deadline = options.stopAfter() == null ? Long.MAX_VALUE : System.nanoTime() + options.stopAfter().toNanos();
        FileTime seen = modified();
        List<Finding> last = null;
        if (options.expected() != null) {
            last = judgeAgain(null);
        }
        while (!stopped.get() && System.nanoTime() < deadline
                && (options.stopAfterSegments() == 0 || segments.get() < options.stopAfterSegments())) {
            Thread.sleep(POLL_MILLIS);
            FileTime now = modified();
            boolean edited = !Objects.equals(now, seen);
            seen = now;
            if (options.expected() != null && (changed.getAndSet(false) || edited)) {
                last = judgeAgain(last);
            }
        }
        return finish();
    }

    /** The summary and the final verdict; also what Ctrl-C prints. */
    public Result finish() {
        List<String> lines = new ArrayList<>();
        var held = collector.segments(options.session());
        int segmentCount = held.values().stream().mapToInt(List::size).sum();
        lines.add("swplugin collect: " + held.size() + (held.size() == 1 ? " service, " : " services, ") + segmentCount
                + (segmentCount == 1 ? " segment, " : " segments, ") + collector.spanCount(options.session()) + " spans received in "
                + Collector.describe(options.session()));
        List<String> wrong;
        synchronized (problems) {
            wrong = new ArrayList<>(problems);
        }
        wrong.addAll(AgentDataChecks.refs(held));
        wrong.forEach(problem -> lines.add("WARNING [agent-data] " + problem));
        String received = collector.receivedData(options.session());
        List<Finding> findings = List.of();
        if (options.expected() != null) {
            Judgement judgement = judge(received);
            findings = judgement.findings();
            lines.addAll(judgement.lines());
        }
        print(lines);
        return new Result(options.expected() != null, findings, received);
    }

    /** The findings on the expected file and the data they were judged against. */
    private record Judgement(String shown, List<Finding> findings, Data received) {
        List<String> lines() {
            if (findings.isEmpty()) {
                return List.of("verdict: " + shown + " passes: the collector answers success (" + Verifier.summary(received) + ")");
            }
            List<String> lines = new ArrayList<>();
            lines.add("verdict: " + shown + " fails (" + findings.size() + (findings.size() == 1 ? " problem)" : " problems)"));
            findings.forEach(finding -> lines.add("  " + finding));
            return lines;
        }
    }

    /** Judges what the session holds now and prints the verdict when it differs from {@code last}. */
    private List<Finding> judgeAgain(List<Finding> last) {
        Judgement judgement = judge(collector.receivedData(options.session()));
        if (!judgement.findings().equals(last)) {
            print(judgement.lines());
        }
        return judgement.findings();
    }

    private Judgement judge(String receivedText) {
        Data received = CollectorLoader.load(receivedText, false);
        FileFindings unreadable = new FileFindings(options.shown());
        List<Finding> findings = FileText.read(options.expected(), options.maxFileSize(), unreadable)
                .map(text -> Verifier.verify(options.shown(), text, received, options.agent()))
                .orElseGet(unreadable::list);
        return new Judgement(options.shown(), findings, received);
    }

    private FileTime modified() {
        try {
            return options.expected() == null ? null : Files.getLastModifiedTime(options.expected());
        } catch (IOException e) {
            return null;
        }
    }
}
