def it = evaluate(new File(itSupport))
it.copySample(basedir)
it.replace(basedir, 'tests/plugin/data/sw_redis/expected.data.yml', 'componentId: 7\n', 'componentID: 7\n')
it.replace(basedir, 'tests/plugin/data/sw_redis/expected.data.yml', 'operationName: Redis/GET\n', 'operationName: Redis/GET\n            operationId: 0\n')
true  // invoker treats any other last value as a failed setup
