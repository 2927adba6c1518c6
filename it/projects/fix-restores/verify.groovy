def it = evaluate(new File(itSupport))
def log = it.buildLog(basedir)
def sample = new File(sampleCheckout)
def same = { String path -> new File(basedir, path).bytes == new File(sample, path).bytes }
assert same('tests/plugin/data/sw_redis/expected.data.yml'): 'span order and the operationId line restored byte for byte'
assert same('tests/plugin/http/sw_requests/services/consumer.py'): 'header restored, body untouched'
assert new File(basedir, 'skywalking/plugins/sw_flask.py').text == '#!/usr/bin/env python3\n' + new File(sample, 'skywalking/plugins/sw_flask.py').text
assert log.contains('fixed tests/plugin/data/sw_redis/expected.data.yml: spans put into finish order, removed 1 operationId lines')
assert log.contains('fixed skywalking/plugins/sw_flask.py: inserted the Apache-2.0 license header')
assert log.contains('swplugin: fixed 3 files')
assert log =~ /swplugin: checked 26 files in \d+ ms: 0 errors, 0 warnings/
true  // invoker treats any other last value as a failure
