package io.github.swplugin.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What to check and how.
 *
 * @param basedir the skywalking-python checkout
 * @param componentLibraries SkyWalking's component-libraries.yml, to check component ids against
 * @param licenseRoots directories, relative to basedir, whose text files need the license header
 * @param maxFileBytes files larger than this are reported, not read
 */
public record ValidatorOptions(Path basedir, Optional<Path> componentLibraries, List<String> licenseRoots, long maxFileBytes) {
    public static final List<String> DEFAULT_LICENSE_ROOTS = List.of("skywalking", "tests", "tools");
    public static final long DEFAULT_MAX_FILE_BYTES = 8L * 1024 * 1024;

    public static ValidatorOptions defaults(Path basedir) {
        return new ValidatorOptions(basedir, Optional.empty(), DEFAULT_LICENSE_ROOTS, DEFAULT_MAX_FILE_BYTES);
    }

    public ValidatorOptions withComponentLibraries(Path path) {
        return new ValidatorOptions(basedir, Optional.ofNullable(path), licenseRoots, maxFileBytes);
    }

    public ValidatorOptions withLicenseRoots(List<String> roots) {
        return new ValidatorOptions(basedir, componentLibraries, List.copyOf(roots), maxFileBytes);
    }

    public ValidatorOptions withMaxFileBytes(long bytes) {
        return new ValidatorOptions(basedir, componentLibraries, licenseRoots, bytes);
    }
}
