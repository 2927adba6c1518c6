def log = evaluate(new File(itSupport)).buildLog(basedir)
assert log.contains('swplugin: skipped (swplugin.skip)')
assert !log.contains('[unknown-key]')
true  // invoker treats any other last value as a failure
