def it = evaluate(new File(itSupport))
def log = it.buildLog(basedir)
assert it.findingLines(basedir).isEmpty()
assert log =~ /swplugin: checked 2\d files in \d+ ms: 0 errors, 0 warnings/
true  // invoker treats any other last value as a failure
