def log = evaluate(new File(itSupport)).buildLog(basedir)
assert log.contains('swplugin: every file was read, in a JVM of its own (swplugin.fork)'): 'the forked check gave no report'
assert !log.contains("checking in Maven's JVM instead")
assert log =~ /swplugin: checked 26 files in \d+ ms: 0 errors, 0 warnings/
assert new File(basedir, 'target/swplugin/validate.cache').isFile(): 'the fork leaves the cache the next run reads'
true  // invoker treats any other last value as a failure
