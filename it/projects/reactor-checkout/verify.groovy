def it = evaluate(new File(itSupport))
def log = it.buildLog(basedir)
def finding = "[ERROR] tests/plugin/data/sw_redis/expected.data.yml:30:13: ERROR [unknown-key] the collector ignores 'componentID'"
// three invocations, each reporting the one defect exactly once: the reactor checks the checkout from its first module
assert log.count(finding) == 3
// (1 stops at the root's failure, as Maven does; 3 goes on through module-a and module-b)
assert log.count('was checked already in this build') == 2
// 2: from module-a, the checkout above it was found and checked, as from the root
assert log.contains(':validate (default) @ module-a ---')
// 3: report-only
assert log.contains('[WARNING] swplugin: 1 error and 0 warnings reported; the build goes on (swplugin.failOnError=false)')
true  // invoker treats any other last value as a failure
