package io.github.swplugin.archetype;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files a scaffold creates and edits, applied all or nothing: every file is written to a
 * temporary sibling and moved into place, and any failure puts the checkout back byte for byte.
 */
final class ChangeSet {
    /** Lets tests fail a given step, to prove the rollback. */
    interface Step {
        void before(String action, Path path) throws IOException;
    }

    private final Path root;
    private final Map<String, String> creations = new LinkedHashMap<>();
    private final Map<String, String> edits = new LinkedHashMap<>();
    private Step step = (action, path) -> { };

    ChangeSet(Path root) {
        this.root = root;
    }

    void create(String path, String content) {
        creations.put(path, content);
    }

    void edit(String path, String content) {
        edits.put(path, content);
    }

    void onEachStep(Step hook) {
        this.step = hook;
    }

    List<String> created() {
        return List.copyOf(creations.keySet());
    }

    List<String> edited() {
        return List.copyOf(edits.keySet());
    }

    /** Paths this change would create that exist already. */
    List<String> conflicts() {
        return creations.keySet().stream().filter(p -> Files.exists(root.resolve(p))).toList();
    }

    void apply() {
        Deque<Path> createdFiles = new ArrayDeque<>();
        Deque<Path> createdDirectories = new ArrayDeque<>();
        Map<Path, byte[]> originals = new LinkedHashMap<>();
        try {
            for (String path : edits.keySet()) {
                originals.put(root.resolve(path), Files.readAllBytes(root.resolve(path)));
            }
            for (Map.Entry<String, String> creation : creations.entrySet()) {
                Path file = root.resolve(creation.getKey());
                makeDirectories(file.getParent(), createdDirectories);
                step.before("create", file);
                write(file, creation.getValue().getBytes(StandardCharsets.UTF_8), false);
                createdFiles.push(file);
            }
            for (Map.Entry<String, String> edit : edits.entrySet()) {
                Path file = root.resolve(edit.getKey());
                step.before("edit", file);
                write(file, edit.getValue().getBytes(StandardCharsets.UTF_8), true);
            }
        } catch (IOException | RuntimeException e) {
            List<String> unrestored = rollBack(createdFiles, createdDirectories, originals);
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new ScaffoldException("writing the plugin failed (" + reason + "); "
                    + (unrestored.isEmpty() ? "the checkout is back as it was." : "could not restore " + unrestored + ": restore them from git."), e);
        }
    }

    private void makeDirectories(Path directory, Deque<Path> created) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path d = directory; d != null && !Files.exists(d); d = d.getParent()) {
            missing.add(0, d);
        }
        for (Path d : missing) {
            step.before("mkdir", d);
            Files.createDirectory(d);
            created.push(d);
        }
    }

    /** Writes next to the target, then moves: a reader never sees half a file. */
    private static void write(Path file, byte[] content, boolean replace) throws IOException {
        Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".swplugin.tmp");
        try {
            Files.write(temporary, content);
            if (!replace && Files.exists(file)) {
                throw new FileAlreadyExistsException(file.toString(), null, "appeared while the plugin was being written");
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static List<String> rollBack(Deque<Path> files, Deque<Path> directories, Map<Path, byte[]> originals) {
        List<String> unrestored = new ArrayList<>();
        for (Map.Entry<Path, byte[]> original : originals.entrySet()) {
            try {
                if (!java.util.Arrays.equals(Files.readAllBytes(original.getKey()), original.getValue())) {
                    write(original.getKey(), original.getValue(), true);
                }
            } catch (IOException e) {
                unrestored.add(original.getKey().getFileName().toString());
            }
        }
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                unrestored.add(file.getFileName().toString());
            }
        }
        for (Path directory : directories) {
            try {
                Files.deleteIfExists(directory);
            } catch (IOException e) {
                unrestored.add(directory.getFileName().toString());
            }
        }
        return unrestored;
    }
}
