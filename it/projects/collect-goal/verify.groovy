def it = evaluate(new File(itSupport))
System.properties.remove('swplugin.it.agent')?.interrupt()
def log = it.buildLog(basedir)

// 1: each segment printed as it arrives, as a tree; the verdict on the test's file, then the summary
assert log.contains('[INFO] swplugin: collecting on gRPC 0.0.0.0:31876 and HTTP 0.0.0.0:31800 (Ctrl-C stops)')
assert log.contains('[INFO] consumer: segment 5c1e0a20e8f111f1866a02fc00000001, 2 spans')
assert log.contains('[INFO]   0 Entry /users [Http, component 7001 Flask, peer 172.19.0.1:35950')
assert log.contains('[INFO]     1 Exit /users [Http, component 7002 Requests, peer provider:9091')
assert log.contains('[INFO] verdict: tests/plugin/data/sw_redis/expected.data.yml passes: the collector answers success'
        + ' (2 services, 2 segments, 5 spans received)')
assert log.contains('[INFO] swplugin collect: 2 services, 2 segments, 5 spans received in the default session')
// 2: the agents sent no token, so another test's session holds nothing and its file fails
assert log.contains("[INFO]   tests/plugin/data/sw_redis/expected.data.yml:19:18: ERROR [mismatch] service 'provider' was not received")
assert log.contains('swplugin collect: 0 services, 0 segments, 0 spans received in session \'another-test\'')
assert log.contains('tests/plugin/data/sw_redis/expected.data.yml fails against what arrived: 2 problem(s), listed above')
// 3, 4: recorded from the live session, the file verifies against the same run
assert log.contains('[INFO] swplugin: wrote tests/plugin/data/sw_redis/expected.data.yml (2 services, 2 segments, 5 spans received)')
assert log.contains('swplugin: tests/plugin/data/sw_redis/expected.data.yml matches what the collector received')
true  // invoker treats any other last value as a failure
