package io.github.swplugin.check.fix;

import io.github.swplugin.core.LicenseHeader;
import java.util.Locale;
import java.util.Optional;

/**
 * Puts the Apache-2.0 header on top of a file in its comment style, after a shebang, encoding
 * line or XML declaration; the rest of the file stays byte for byte as it was.
 */
final class HeaderFix {
    private HeaderFix() {
    }

    /** The text with the header, or empty when the file type's comment style is unknown. */
    static Optional<String> apply(String fileName, String text) {
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        Optional<String> header = header(fileName.toLowerCase(Locale.ROOT), newline);
        if (header.isEmpty()) {
            return Optional.empty();
        }
        String bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
        String body = text.substring(bom.length());
        // a shebang or XML declaration must stay first, and an encoding line within the first two lines
        int keep = 0;
        for (int line = 0; line < 2 && keep < body.length(); line++) {
            String current = lineOf(body, keep);
            boolean preamble = line == 0 && (current.startsWith("#!") || current.startsWith("<?xml")) || current.matches("#.*coding[:=].*");
            if (!preamble) {
                break;
            }
            if (body.indexOf('\n', keep) < 0) {
                body = body + newline;
            }
            keep = body.indexOf('\n', keep) + 1;
        }
        String rest = body.substring(keep);
        String separator = rest.isEmpty() || rest.startsWith(newline) ? "" : newline;
        return Optional.of(bom + body.substring(0, keep) + header.get() + separator + rest);
    }

    private static String lineOf(String text, int start) {
        int end = text.indexOf('\n', start);
        return (end < 0 ? text.substring(start) : text.substring(start, end)).replace("\r", "");
    }

    private static Optional<String> header(String name, String newline) {
        String[] lines = LicenseHeader.TEXT.strip().split("\n");
        StringBuilder out = new StringBuilder();
        if (name.matches(".*\\.(py|pyi|ya?ml|sh|bash|toml|cfg|ini|txt|properties|conf)") || name.equals("dockerfile")
                || name.equals("makefile") || name.startsWith(".") && name.indexOf('.', 1) < 0) {
            out.append(LicenseHeader.hashComment(newline));
        } else if (name.matches(".*\\.(java|groovy|js|ts|go|proto|c|h|cpp|css|scss)")) {
            out.append("/*").append(newline);
            for (String line : lines) {
                out.append(line.isEmpty() ? " *" : " * " + line).append(newline);
            }
            out.append(" */").append(newline);
        } else if (name.matches(".*\\.(xml|html|htm|md|vm)")) {
            out.append("<!--").append(newline);
            for (String line : lines) {
                out.append(line.isEmpty() ? "" : "  " + line).append(newline);
            }
            out.append("-->").append(newline);
        } else {
            return Optional.empty();
        }
        return Optional.of(out.toString());
    }
}
