def it = evaluate(new File(itSupport))
def expected = [
    "skywalking/__init__.py:42:5: ERROR [duplicate-component] Memcached = 7 repeats the id of Redis (line 29): Python makes it an alias of Redis; reuse Component.Redis or pick a free id",
    "skywalking/plugins/sw_flask.py:28:9: ERROR [python-version-key] '>=3.11' comes after '>=3.10': the agent takes the first key that matches, so list keys from the highest version down",
    "tests/plugin/data/sw_redis/expected.data.yml:20:18: WARNING [segment-size-too-large] segmentSize is 2 but only 1 segment is listed: the others go unchecked; list them or set segmentSize: 1",
    "tests/plugin/data/sw_redis/expected.data.yml:30:13: ERROR [unknown-key] the collector ignores 'componentID' in a span, so it checks nothing: did you mean 'componentId'?",
    "tests/plugin/data/sw_redis/expected.data.yml:45:21: ERROR [span-order] span 2 is listed after its parent span 1 (line 24); the collector compares spans by position in finish order: list every span before its parent and the root last (order here: [1, 2, 0]); mvn swplugin:fix reorders them",
    "tests/plugin/data/sw_redis/expected.data.yml:78:24: ERROR [non-string-value] 'value: 200' is not a string, and the collector answers HTTP 500 for it: quote it ('200')",
    "tests/plugin/data/sw_redis/test_redis.py:35:67: ERROR [test-lib-name] lib_name 'redis-py' is not a key of sw_redis.support_matrix (redis): the test would run no version",
    "tests/plugin/http/sw_requests/expected.data.yml:42:17: ERROR [ref-exit-span] this CrossProcess ref matches no Exit span of 'consumer' (networkAddress = its peer, parentEndpoint = its operationName or its segment's Entry endpoint, parentSpanId = its spanId); the closest, at line 55, differs: networkAddress 'provider:9092' vs peer 'provider:9091'",
    "tests/plugin/http/sw_requests/services/helper.py:1:1: ERROR [license-header] the Apache-2.0 license header is missing: mvn swplugin:fix inserts it (or copy it from another file of the same type, in its comment style, to the top, after a shebang line)",
]
def actual = it.findingLines(basedir)
assert actual == expected: "findings differ:\n" + actual.join('\n')
def log = it.buildLog(basedir)
assert log =~ /swplugin: checked 27 files in \d+ ms: 8 errors, 1 warning/
assert log.contains('swplugin found 8 errors and 1 warning in planted-defects: fix the lines listed above, each names the rule it breaks')
assert !log.contains('\tat io.github.swplugin'): 'no stack trace for problems in the user\'s files'
true  // invoker treats any other last value as a failure
