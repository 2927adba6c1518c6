package io.github.swplugin.check.license;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.Rule;
import io.github.swplugin.core.LicenseHeader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Which files need the Apache-2.0 header (under a license root, not ignored), and whether one has it. */
public final class LicenseHeaders {
    private final List<String> prefixes;
    private final LicenseIgnores ignores;

    public LicenseHeaders(List<String> roots, LicenseIgnores ignores) {
        // normalised once: a regex per file and root showed in the cold profile
        this.prefixes = roots.stream().map(root -> root.replaceAll("/+$", "") + "/").toList();
        this.ignores = ignores;
    }

    public boolean needed(String path) {
        return prefixes.stream().anyMatch(path::startsWith) && !ignores.ignores(path);
    }

    /** A text file the checks read: blank files need no header. */
    public static void checkText(String text, FileFindings findings) {
        if (!text.isBlank() && !LicenseHeader.present(text)) {
            missing(findings);
        }
    }

    /** A file the checks do not parse, by its first bytes: binary and empty files need no header. */
    public static void checkHead(byte[] head, FileFindings findings) {
        for (byte b : head) {
            if (b == 0) {
                return;
            }
        }
        checkText(new String(head, StandardCharsets.UTF_8), findings);
    }

    private static void missing(FileFindings findings) {
        findings.add(Rule.LICENSE_HEADER, 1, 1, "the Apache-2.0 license header is missing: mvn swplugin:fix inserts it (or copy"
                + " it from another file of the same type, in its comment style, to the top, after a shebang line)");
    }
}
