package io.github.swplugin.collect;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.FileText;
import io.github.swplugin.check.Finding;
import io.github.swplugin.check.verify.Verifier;
import io.github.swplugin.collector.Agent;
import io.github.swplugin.collector.CollectorData.Data;
import io.github.swplugin.collector.CollectorLoader;
import io.github.swplugin.core.PythonEnum;
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

    /** The Python agent's Component enum, id to name; empty for another agent or a checkout without it. */
    private static Map<Integer, String> componentNames(Path checkout, long maxFileSize) {
        Map<Integer, String> names = new HashMap<>();
        if (checkout != null && Files.exists(checkout.resolve("skywalking/__init__.py"))) {
            FileText.read(checkout.resolve("skywalking/__init__.py"), maxFileSize, new FileFindings("skywalking/__init__.py"))
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

    /** Waits for data and judges until a limit is reached or {@link #stop()}; then prints the summary. */
    public Result run() throws InterruptedException {
        long deadline = options.stopAfter() == null ? Long.MAX_VALUE : System.nanoTime() + options.stopAfter().toNanos();
        FileTime seen = modified();
        List<Finding> last = null;
        if (options.expected() != null) {
            last = judge(null);
        }
        while (!stopped.get() && System.nanoTime() < deadline
                && (options.stopAfterSegments() == 0 || segments.get() < options.stopAfterSegments())) {
            Thread.sleep(POLL_MILLIS);
            FileTime now = modified();
            boolean edited = !Objects.equals(now, seen);
            seen = now;
            if (options.expected() != null && (changed.getAndSet(false) || edited)) {
                last = judge(last);
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
        List<Finding> findings = options.expected() == null ? List.of() : verdict(received);
        if (options.expected() != null) {
            lines.addAll(verdictLines(findings));
        }
        print(lines);
        return new Result(options.expected() != null, findings, received);
    }

    private List<Finding> judge(List<Finding> last) {
        List<Finding> findings = verdict(collector.receivedData(options.session()));
        if (!findings.equals(last)) {
            print(verdictLines(findings));
        }
        return findings;
    }

    private List<Finding> verdict(String received) {
        Data data = CollectorLoader.load(received, false);
        FileFindings unreadable = new FileFindings(options.shown());
        return FileText.read(options.expected(), options.maxFileSize(), unreadable)
                .map(text -> Verifier.verify(options.shown(), text, data, options.agent()))
                .orElseGet(unreadable::list);
    }

    private List<String> verdictLines(List<Finding> findings) {
        if (findings.isEmpty()) {
            return List.of("verdict: " + options.shown() + " passes: the collector answers success ("
                    + Verifier.summary(CollectorLoader.load(collector.receivedData(options.session()), false)) + ")");
        }
        List<String> lines = new ArrayList<>();
        lines.add("verdict: " + options.shown() + " fails (" + findings.size() + (findings.size() == 1 ? " problem)" : " problems)"));
        findings.forEach(finding -> lines.add("  " + finding));
        return lines;
    }

    private FileTime modified() {
        try {
            return options.expected() == null ? null : Files.getLastModifiedTime(options.expected());
        } catch (IOException e) {
            return null;
        }
    }
}
