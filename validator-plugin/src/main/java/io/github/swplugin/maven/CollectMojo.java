package io.github.swplugin.maven;

import io.github.swplugin.check.ConfigurationException;
import io.github.swplugin.check.verify.ReceivedData;
import io.github.swplugin.collect.Collector;
import io.github.swplugin.collect.CollectorServer;
import io.github.swplugin.collect.LiveSession;
import io.github.swplugin.collector.Agent;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The mock collector without Docker: agents report to it over gRPC (19876) and HTTP (12800) as to the mock collector
 * image, each segment is printed as it arrives, and with swplugin.test the test's expected file is judged again
 * whenever data arrives or the file changes. Runs until Ctrl-C, swplugin.segments or swplugin.seconds; fails when
 * the expected file fails at the end.
 */
@Mojo(name = "collect", requiresProject = false, threadSafe = true)
public class CollectMojo extends AbstractTestMojo {

    /** The gRPC port the agents report to. */
    @Parameter(property = "swplugin.grpcPort", defaultValue = "19876")
    private int grpcPort;

    /** The HTTP port: GET/DELETE /receiveData, POST /dataValidate and the agents' HTTP protocol. */
    @Parameter(property = "swplugin.httpPort", defaultValue = "12800")
    private int httpPort;

    /** The address to listen on; 127.0.0.1 keeps the collector off the network. */
    @Parameter(property = "swplugin.host", defaultValue = "0.0.0.0")
    private String host;

    /** Stop after this many segments (0: no limit). */
    @Parameter(property = "swplugin.segments", defaultValue = "0")
    private int segments;

    /** Stop after this many seconds (0: no limit). */
    @Parameter(property = "swplugin.seconds", defaultValue = "0")
    private int seconds;

    /** The spans one session may hold; reports beyond it are refused with a message that says so. */
    @Parameter(property = "swplugin.maxSpans", defaultValue = "200000")
    private long maxSpans;

    /** Show and judge the session of the agents that send this authentication token (SW_AGENT_AUTHENTICATION). */
    @Parameter(property = "swplugin.session", defaultValue = "")
    private String session;

    /** At the end, write the test's expected file from what arrived (as swplugin:record does). */
    @Parameter(property = "swplugin.record", defaultValue = "false")
    private boolean record;

    /** With swplugin.record: replace an existing file. */
    @Parameter(property = "swplugin.overwrite", defaultValue = "false")
    private boolean overwrite;

    @Override
    void run(Path checkout) throws MojoExecutionException, MojoFailureException {
        if (segments < 0 || seconds < 0 || maxSpans <= 0) {
            throw new MojoExecutionException("swplugin.segments and swplugin.seconds must be 0 or more, swplugin.maxSpans"
                    + " more than 0");
        }
        try {
            Agent agent = agent(checkout);
            Path expected = hasTest() ? expectedFile(checkout, null, "swplugin.test") : null;
            if (record && expected == null) {
                throw new ConfigurationException("swplugin.record writes the test's expected file: name the test with"
                        + " -Dswplugin.test=tests/plugin/<kind>/sw_<name>");
            }
            // when recording, the file does not exist yet: there is nothing to judge before the end
            Path judged = record ? null : expected;
            Collector collector = new Collector(maxSpans);
            LiveSession live = new LiveSession(collector, new LiveSession.Options(checkout, judged,
                    judged == null ? null : display(checkout, judged), agent, session == null ? "" : session, segments,
                    seconds == 0 ? null : Duration.ofSeconds(seconds), maxFileSize()), line -> getLog().info(line));
            LiveSession.Result result;
            try {
                result = live.serve(new CollectorServer.Options(host, grpcPort, httpPort, agent));
            } catch (IOException e) {
                throw new MojoExecutionException(e.getMessage());
            }
            if (record) {
                getLog().info(RecordMojo.write(checkout, expected, ReceivedData.parse(result.receivedData(), "the session"),
                        agent, overwrite, "the session"));
            } else if (!result.passed()) {
                throw new MojoFailureException(display(checkout, expected) + " fails against what arrived: "
                        + result.findings().size() + " problem(s), listed above");
            }
        } catch (ConfigurationException e) {
            throw new MojoExecutionException(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("interrupted");
        }
    }
}
