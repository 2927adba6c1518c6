// Helpers the cases' setup and verify scripts load with evaluate(new File(itSupport)); they share
// the caller's binding, so sampleCheckout and basedir are visible here.
import java.nio.file.Files
import java.nio.file.StandardCopyOption
import java.util.regex.Matcher
import java.util.regex.Pattern

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
]
