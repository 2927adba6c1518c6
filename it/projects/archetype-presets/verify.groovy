def it = evaluate(new File(itSupport))
def plugins = ['pymemcache': 'data', 'pylibmc': 'data', 'httplib2': 'http', 'cherrypy': 'web', 'starlette': 'web',
               'paho_mqtt': 'data', 'aio_pika': 'data', 'aiomysql': 'data', 'pyro4': 'web']
def log = it.buildLog(basedir)

// every preset the archetype ships is generated here: a new preset without its goal fails this case
def presets = new File(new File(sampleCheckout).parentFile.parentFile, 'archetype/src/main/resources/io/github/swplugin/archetype/presets')
assert presets.list().findAll { it.endsWith('.preset') }.collect { it - '.preset' }.collect { it.replace('-', '_') }.sort() == plugins.keySet().sort()

plugins.each { name, category ->
    def plugin = new File(basedir, "skywalking/plugins/sw_${name}.py")
    def dir = new File(basedir, "tests/plugin/${category}/sw_${name}")
    assert plugin.isFile() && dir.isDirectory(): "sw_${name} was not generated"
    assert log.contains("from the ${name.replace('_', '-')} preset: the instrumentation, the test's services and its expected.data.yml are complete")
    ([plugin] + dir.listFiles().toList() + new File(dir, 'services').listFiles().toList()).findAll { it.isFile() }.each {
        assert !it.text.contains('TODO'): "${it} has a TODO"
    }
    it.passes(dir, ['docker-compose', 'config', '-q'])
}

// presets reuse SkyWalking's ids where they exist (Memcached 20, RabbitMQ 52) and add the rest
def init = new File(basedir, 'skywalking/__init__.py').text
assert init.contains('    Memcached = 20\n')
assert (init =~ /(?m)^    (Httplib2|CherryPy|Starlette|PahoMqtt|AioMysql|Pyro4) = 70\d\d$/).count == 6

it.lintsAndCompiles(basedir)
// the checks the agent's make lint adds: undefined names and members
def generated = plugins.collect { name, category -> ["skywalking/plugins/sw_${name}.py", "tests/plugin/${category}/sw_${name}"] }.flatten()*.toString()
it.passes(basedir, ['pylint', '--disable=all', '--enable=E0602,E0603,E1101', '--score=n'] + generated)

// the final validate treats warnings as failures, and passed
assert log =~ /swplugin: checked \d+ files in \d+ ms: 0 errors, 0 warnings/
true  // invoker treats any other last value as a failure
