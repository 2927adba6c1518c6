def log = evaluate(new File(itSupport)).buildLog(basedir)
assert log.contains("ERROR [unknown-key]")
assert !log.readLines().any { it.startsWith('::') }
// only the result cache (the last run and the per-file entries) and its .gitignore: no report unless asked for
assert (new File(basedir, 'target/swplugin').list() as List).sort() == ['.gitignore', 'validate.cache', 'validate.cache.files']
true  // invoker treats any other last value as a failure
