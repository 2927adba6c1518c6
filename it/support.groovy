// Helpers the cases' setup and verify scripts load with evaluate(new File(itSupport)); they share
// the caller's binding, so sampleCheckout and basedir are visible here.
import java.nio.file.Files
import java.nio.file.StandardCopyOption
import java.util.regex.Matcher
import java.util.regex.Pattern

/** Runs a command in the case directory; returns its exit code and output. */
def run = { File target, List<String> command ->
    def builder = new ProcessBuilder(command).directory(target).redirectErrorStream(true)
    builder.environment().put('PYTHONPYCACHEPREFIX', new File(target, '../pycache').absolutePath)
    def process
    try {
        process = builder.start()
    } catch (IOException e) {
        throw new AssertionError("${command[0]} is not installed: .ci/run installs it (flake8, pylint, docker-compose, python3)", e)
    }
    def output = process.inputStream.text
    [code: process.waitFor(), output: output]
}
/** Runs a command that must succeed; its output is the failure message. */
def passes = { File target, List<String> command ->
    def result = run(target, command)
    assert result.code == 0: "${command[0]} ${command[1]} failed in ${target}:\n${result.output}"
}

[
    /** Copies the bundled sample checkout, dot files included, into the case directory. */
    copySample: { File target ->
        def source = new File(sampleCheckout).toPath()
        Files.walk(source).withCloseable { paths ->
            paths.forEach { p ->
                def to = target.toPath().resolve(source.relativize(p).toString())
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to)
                } else {
                    Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING)
                }
            }
        }
    },
    /** Replaces the first occurrence of text that must be in the file. */
    replace: { File target, String path, String from, String to ->
        def file = new File(target, path)
        assert file.text.contains(from): "${path} has no '${from}'"
        file.text = file.text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to))
    },
    /** The lines Maven logged, with its level prefix removed: exactly what a user sees after [ERROR] or [WARNING]. */
    findingLines: { File target ->
        new File(target, 'build.log').readLines()
            .findAll { it ==~ /\[(ERROR|WARNING)\] \S+:\d+:\d+: (ERROR|WARNING) \[.*/ }
            .collect { it.replaceFirst(/^\[(ERROR|WARNING)\] /, '') }
    },
    buildLog: { File target -> new File(target, 'build.log').text },
    passes: passes,
    run: run,
    /** flake8 with the checkout's setup.cfg, and py_compile of every Python file, must both pass. */
    lintsAndCompiles: { File checkout ->
        passes(checkout, ['flake8', '--config', 'setup.cfg', '.'])
        def sources = []
        checkout.eachFileRecurse { if (it.name.endsWith('.py')) sources << it.path }
        passes(checkout, ['python3', '-m', 'py_compile'] + sources)
    },
    /** The files invoker puts beside the checkout in a case directory. */
    caseFiles: ['build.log', 'invoker.properties', 'setup.groovy', 'verify.groovy'],
    /** Paths and SHA-256 digests of every file under a directory, for "unchanged" checks. */
    fingerprint: { File root, List<String> ignored ->
        def prints = [:] as TreeMap
        root.eachFileRecurse { f ->
            def rel = root.toPath().relativize(f.toPath()).toString()
            if (!ignored.any { rel == it || rel.startsWith(it + '/') }) {
                prints[rel] = f.directory ? 'dir' : java.security.MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString()
            }
        }
        prints
    },
]
