def it = evaluate(new File(itSupport))
it.copySample(basedir)
def test = new File(basedir, 'tests/plugin/data/sw_caf\u00e9')
test.mkdirs()
new File(test, 'expected.data.yml').text = new File(basedir, 'tests/plugin/data/sw_redis/expected.data.yml').text
        .replaceFirst('componentId: 7\n', 'componentID: 7\n')
// a file fix would repair (no license header) under the name the locale cannot spell
new File(test, 'provider.py').text = 'print(1)\n'
true  // invoker treats any other last value as a failed setup
