package io.github.swplugin.check.report;

import io.github.swplugin.check.Finding;
import io.github.swplugin.check.Severity;

/** GitHub Actions workflow commands, so findings show on the pull request's lines. */
public final class GithubAnnotations {
    private GithubAnnotations() {
    }

    /** True when running as a GitHub Actions step, which sets {@code GITHUB_ACTIONS=true}. */
    public static boolean enabled(String githubActions) {
        return "true".equals(githubActions);
    }

    public static String command(Finding finding) {
        return "::" + (finding.severity() == Severity.ERROR ? "error" : "warning")
                + " file=" + property(finding.path()) + ",line=" + finding.line() + ",col=" + finding.column()
                + ",title=" + property(finding.rule().id()) + "::" + data(finding.message());
    }

    private static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
