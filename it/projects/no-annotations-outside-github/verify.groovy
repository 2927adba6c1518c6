def log = evaluate(new File(itSupport)).buildLog(basedir)
assert log.contains("ERROR [unknown-key]")
assert !log.readLines().any { it.startsWith('::') }
assert !new File(basedir, 'target/swplugin').exists(): 'no reports unless asked for'
true  // invoker treats any other last value as a failure
