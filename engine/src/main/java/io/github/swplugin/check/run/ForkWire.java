package io.github.swplugin.check.run;

import io.github.swplugin.check.ConfigurationException;
import io.github.swplugin.check.Finding;
import io.github.swplugin.check.Report;
import io.github.swplugin.check.Rule;
import io.github.swplugin.check.ValidatorOptions;
import io.github.swplugin.collector.Agent;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * What a forked check and the JVM that started it say to each other: the options down its standard input, the report
 * (or why there is none) up its standard output. Binary and length-prefixed, so that a path or a message holding any
 * character, a line break included, arrives as it left.
 */
final class ForkWire {
    /** The first byte of an answer: a report follows. */
    private static final int REPORT = 0;
    /** The first byte of an answer: the options point at something that is not there, and this message says what. */
    private static final int CONFIGURATION_PROBLEM = 1;
    /** Read before anything else, so that the output of a process that is not a forked check is never taken for an answer. */
    private static final String MAGIC = "swplugin-fork-1";

    private ForkWire() {
    }

    /** The options, their paths made absolute: the fork starts in another directory (the component registry is the basedir's). */
    static void writeOptions(ValidatorOptions options, DataOutputStream out) throws IOException {
        writeString(out, MAGIC);
        writeString(out, options.basedir().toAbsolutePath().toString());
        writeOptional(out, options.componentLibraries().map(Path::toString));
        writeStrings(out, options.licenseRoots());
        out.writeLong(options.maxFileBytes());
        out.writeInt(options.maxAliases());
        out.writeInt(options.maxNesting());
        out.writeInt(options.threads());
        writeOptional(out, options.agent().map(Agent::name));
        writeOptional(out, options.cacheFile().map(file -> file.toAbsolutePath().toString()));
        out.writeBoolean(options.only().isPresent());
        if (options.only().isPresent()) {
            writeStrings(out, List.copyOf(options.only().get()));
        }
        out.flush();
    }

    static ValidatorOptions readOptions(DataInputStream in) throws IOException {
        requireMagic(in);
        ValidatorOptions.Builder options = ValidatorOptions.builder(Path.of(readString(in)));
        options.componentLibraries(readOptional(in).map(Path::of).orElse(null));
        options.licenseRoots(readStrings(in));
        options.maxFileBytes(in.readLong());
        int aliases = in.readInt();
        options.yamlLimits(aliases, in.readInt());
        options.threads(in.readInt());
        options.agent(readOptional(in).map(Agent::valueOf).orElse(null));
        options.cacheFile(readOptional(in).map(Path::of).orElse(null));
        if (in.readBoolean()) {
            options.only(new HashSet<>(readStrings(in)));
        }
        return options.build();
    }

    static void writeReport(Report report, DataOutputStream out) throws IOException {
        out.writeByte(REPORT);
        writeString(out, MAGIC);
        out.writeInt(report.findings().size());
        for (Finding finding : report.findings()) {
            writeString(out, finding.path());
            out.writeInt(finding.line());
            out.writeInt(finding.column());
            writeString(out, finding.rule().name());
            writeString(out, finding.message());
        }
        writeStrings(out, report.files());
        out.writeLong(report.millis());
        out.flush();
    }

    static void writeConfigurationProblem(String message, DataOutputStream out) throws IOException {
        out.writeByte(CONFIGURATION_PROBLEM);
        writeString(out, MAGIC);
        writeString(out, message);
        out.flush();
    }

    /** The report the fork sent; a {@link ConfigurationException} for the problem it sent instead. */
    static Report readAnswer(DataInputStream in) throws IOException {
        int kind = in.readUnsignedByte();
        requireMagic(in);
        if (kind == CONFIGURATION_PROBLEM) {
            throw new ConfigurationException(readString(in));
        }
        if (kind != REPORT) {
            throw new IOException("an answer of unknown kind " + kind);
        }
        int count = in.readInt();
        List<Finding> findings = new ArrayList<>(Math.min(count, 1 << 16));
        for (int i = 0; i < count; i++) {
            findings.add(new Finding(readString(in), in.readInt(), in.readInt(), rule(readString(in)), readString(in)));
        }
        List<String> files = readStrings(in);
        return new Report(List.copyOf(findings), files, in.readLong());
    }

    private static Rule rule(String name) throws IOException {
        try {
            return Rule.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IOException("an unknown rule " + name);
        }
    }

    private static void requireMagic(DataInputStream in) throws IOException {
        if (!MAGIC.equals(readString(in))) {
            throw new IOException("not a forked check of this build");
        }
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            throw new IOException("a string of negative length");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static void writeOptional(DataOutputStream out, Optional<String> value) throws IOException {
        out.writeBoolean(value.isPresent());
        if (value.isPresent()) {
            writeString(out, value.get());
        }
    }

    private static Optional<String> readOptional(DataInputStream in) throws IOException {
        return in.readBoolean() ? Optional.of(readString(in)) : Optional.empty();
    }

    private static void writeStrings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            writeString(out, value);
        }
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<String> values = new ArrayList<>(Math.min(Math.max(count, 0), 1 << 16));
        for (int i = 0; i < count; i++) {
            values.add(readString(in));
        }
        return values;
    }
}
