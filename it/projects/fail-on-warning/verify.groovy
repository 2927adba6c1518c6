def log = evaluate(new File(itSupport)).buildLog(basedir)
def finding = "[WARNING] tests/plugin/data/sw_redis/expected.data.yml:44:13: WARNING [dead-key] the collector never compares 'operationId': this line checks nothing, remove it"
assert log.contains(finding)
assert log.contains('swplugin found 0 errors and 1 warning (swplugin.failOnWarning is on) in fail-on-warning')
true  // invoker treats any other last value as a failure
