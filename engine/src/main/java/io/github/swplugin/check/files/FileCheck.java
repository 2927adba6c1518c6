package io.github.swplugin.check.files;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.collector.Agent;

/**
 * The checks of one kind of file. The run gives each file to every check that reads it, in phases (the Component
 * enum, then plugin modules, then compose files, then the rest), so that a check finds in the context what the
 * files of earlier phases said. Checks of one phase run in parallel: what they record must be safe to share.
 */
public interface FileCheck {
    /** Whether this check reads the file at {@code path} of an {@code agent}'s checkout. */
    boolean reads(String path, Agent agent);

    void check(SourceText file, RunContext context, FileFindings findings);
}
