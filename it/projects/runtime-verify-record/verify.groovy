def it = evaluate(new File(itSupport))
System.properties.remove('swplugin.it.collector')?.stop(0)
def log = it.buildLog(basedir)

// 1: the sample's expectation matches the run served on the default URL
assert log.contains('swplugin: tests/plugin/data/sw_redis/expected.data.yml matches what the collector received'
        + ' (2 services, 2 segments, 5 spans received from http://127.0.0.1:12800/receiveData)')
// 2: one finding per reason, at the expected file's line and column
assert it.findingLines(basedir).findAll { it.startsWith('broken.data.yml') } == [
    "broken.data.yml:34:22: ERROR [mismatch] service 'provider', segment 1 matches no received segment: closest received"
        + " segment 1 of 1 (5c2a9f04e8f111f1a1f402fc00000001): span[0] Redis/SET: is error: expected 'true', received 'false'",
    "broken.data.yml:127:24: ERROR [mismatch] service 'consumer', segment 1 matches no received segment: closest received"
        + " segment 1 of 1 (5c1e0a20e8f111f1866a02fc00000001): span[1] /users: tag http.status_code: expected '201',"
        + " received '200'",
]
assert log.contains('swplugin: the collector would fail broken.data.yml (2 reasons above) against http://127.0.0.1:12800/receiveData')
// 3: an existing expectation is never replaced unasked
assert log.contains('tests/plugin/data/sw_redis/expected.data.yml exists: compare it with mvn swplugin:verify, or replace'
        + ' it with -Dswplugin.overwrite=true')
// 4, 5, 6: recorded from one run, it passes another run of the same test and fails a changed plugin
def recorded = new File(basedir, 'recorded.data.yml').text
assert recorded.startsWith('#\n# Licensed to the Apache Software Foundation (ASF)')
assert log.contains('swplugin: wrote recorded.data.yml (2 services, 2 segments, 5 spans received): review it')
assert log.contains('swplugin: recorded.data.yml matches what the collector received (2 services, 2 segments, 5 spans'
        + ' received from received-run2.yml)')
assert it.findingLines(basedir).any { it ==~ /recorded\.data\.yml:\d+:\d+: ERROR \[mismatch\] .* operation name: expected 'Redis\/GET', received 'Redis\/get'/ }
// 7, 8: recorded into the test, the checkout still validates clean, warnings included
assert new File(basedir, 'tests/plugin/data/sw_redis/expected.data.yml').text == recorded
assert log.contains('swplugin: checked ')
// 9: an unreachable collector is one clear line, no stack trace
assert log.contains('http://127.0.0.1:9/receiveData: connection refused: start the test\'s compose services')
assert !log.contains('Exception:') && !log.contains('\tat ')
true  // invoker treats any other last value as a failure
