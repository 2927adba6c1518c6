def it = evaluate(new File(itSupport))
it.copySample(basedir)
def redis = new File(basedir, 'tests/plugin/data/sw_redis/expected.data.yml')
def lines = redis.readLines()
def starts = lines.findIndexValues { it.startsWith('          - operationName') }
def consumer = lines.findIndexOf { it.startsWith('  - serviceName: consumer') }
// the provider's root span first: the order a wrong "parent first" guess gives
def scrambled = lines[0..<starts[0]] + lines[starts[2]..<consumer] + lines[starts[0]..<starts[2]] + lines[consumer..-1]
redis.text = scrambled.join('\n').replace('operationName: Redis/GET\n', 'operationName: Redis/GET\n            operationId: 0\n') + '\n'
def consumerPy = new File(basedir, 'tests/plugin/http/sw_requests/services/consumer.py')
consumerPy.text = consumerPy.text.substring(consumerPy.text.indexOf('\n\n') + 1)
def flask = new File(basedir, 'skywalking/plugins/sw_flask.py')
flask.text = '#!/usr/bin/env python3\n' + flask.text.substring(flask.text.indexOf('\n\n') + 2)
true  // invoker treats any other last value as a failed setup
