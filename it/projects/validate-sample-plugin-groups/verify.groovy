def log = evaluate(new File(itSupport)).buildLog(basedir)
assert log =~ /swplugin: checked 26 files in \d+ ms: 0 errors, 0 warnings/
assert log.contains('BUILD SUCCESS')
true  // invoker treats any other last value as a failure
