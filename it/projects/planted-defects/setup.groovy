// One defect per family, each of the kind the collector silently ignores or fails on late.
def it = evaluate(new File(itSupport))
it.copySample(basedir)
def redis = 'tests/plugin/data/sw_redis/expected.data.yml'
it.replace(basedir, redis, 'componentId: 7\n', 'componentID: 7\n')
it.replace(basedir, redis, 'segmentSize: 1', 'segmentSize: 2')
it.replace(basedir, redis, "value: '200'", 'value: 200')
it.replace(basedir, redis, 'parentSpanId: 0\n            spanId: 2', 'parentSpanId: 1\n            spanId: 2')
it.replace(basedir, 'tests/plugin/http/sw_requests/expected.data.yml', 'networkAddress: provider:9091', 'networkAddress: provider:9092')
it.replace(basedir, 'skywalking/__init__.py', '    Grpc = 23\n', '    Grpc = 23\n    Memcached = 7\n')
it.replace(basedir, 'skywalking/plugins/sw_flask.py', "'>=3.7': ['2.0', '2.2']", "'>=3.11': ['2.0', '2.2']")
it.replace(basedir, 'tests/plugin/data/sw_redis/test_redis.py', "lib_name='redis'", "lib_name='redis-py'")
new File(basedir, 'tests/plugin/http/sw_requests/services/helper.py').text = 'TIMEOUT = 5\n'
true  // invoker treats any other last value as a failed setup
