def it = evaluate(new File(itSupport))
def plugins = ['demo_db': 'data', 'demo_adb': 'data', 'demo_cache': 'data', 'demo_acache': 'data', 'demo_http': 'http', 'demo_ahttp': 'http',
               'demo_web': 'web', 'demo_aweb': 'web', 'demo_mq': 'data', 'demo_amq': 'data', 'demo_rpc': 'web', 'demo_crpc': 'web']
def log = it.buildLog(basedir)

// in place, and nothing else: no staging directory, no pom.xml
assert !new File(basedir, '.swplugin-staging').exists()
assert !new File(basedir, 'pom.xml').exists()
plugins.each { name, category ->
    assert new File(basedir, "skywalking/plugins/sw_${name}.py").isFile()
    def dir = new File(basedir, "tests/plugin/${category}/sw_${name}")
    def roles = name.endsWith('mq') ? ['producer', 'consumer'] : ['provider', 'consumer']
    (['__init__.py', "test_${name}.py", 'docker-compose.yml', 'expected.data.yml', 'services/__init__.py'] + roles.collect { "services/${it}.py" }).each {
        assert new File(dir, it).isFile(): "missing ${dir}/${it}"
    }
    it.passes(dir, ['docker-compose', 'config', '-q'])
}

// the Component enum got one new member per plugin, the next free ids, in order; the RabbitMQ plugin reuses SkyWalking's
// RabbitMQ pair instead
def init = new File(basedir, 'skywalking/__init__.py').text
def added = (init =~ /(?m)^    Demo\w+ = (\d+)$/).collect { it[1] as int }
assert added == (7020..7030).toList()
assert new File(basedir, 'skywalking/plugins/sw_demo_mq.py').text.contains('span.component = Component.RabbitmqConsumer')
def pyproject = new File(basedir, 'pyproject.toml').text
plugins.keySet().each { assert pyproject.contains("${it.replace('_', '-')} = \"") }

it.lintsAndCompiles(basedir)

// the final swplugin:validate: placeholders are warnings, and there is no error
assert log =~ /swplugin: checked \d+ files in \d+ ms: 0 errors, \d+ warnings/
assert !(log =~ /\] \S+:\d+:\d+: ERROR/)
assert log.contains('[WARNING] skywalking/plugins/sw_demo_db.py:32:35: WARNING [placeholder] to do: the class to instrument')
true  // invoker treats any other last value as a failure
