def log = evaluate(new File(itSupport)).buildLog(basedir)
def finding = "[WARNING] tests/plugin/data/sw_redis/expected.data.yml:44:13: WARNING [dead-key] the collector never compares 'operationId': this line checks nothing, remove it"
assert log.contains(finding)
assert log.contains('swplugin found 0 errors and 1 warning (swplugin.failOnWarning is on) in fail-on-warning')
assert log.contains('swplugin: wrote swplugin-baseline.txt with 1 finding: commit it; validate now fails only on new findings')
assert log.contains(finding.substring('[WARNING] '.length()) + ' (in the baseline)')
assert log =~ /swplugin: checked 26 files in \d+ ms: 0 errors, 0 warnings, 1 finding in swplugin-baseline.txt/
assert new File(basedir, 'swplugin-baseline.txt').text.contains("dead-key\ttests/plugin/data/sw_redis/expected.data.yml\t")
true  // invoker treats any other last value as a failure
