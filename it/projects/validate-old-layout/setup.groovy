import java.nio.file.Files

def it = evaluate(new File(itSupport))
it.copySample(basedir)
def plugin = new File(basedir, 'tests/plugin')
Files.move(new File(plugin, 'data/sw_redis').toPath(), new File(plugin, 'sw_redis').toPath())
Files.move(new File(plugin, 'http/sw_requests').toPath(), new File(plugin, 'sw_requests').toPath())
['data', 'http'].each { new File(plugin, it).deleteDir() }
new File(basedir, 'pyproject.toml').delete()
def header = new File(basedir, 'skywalking/__init__.py').text.find(/(?s)\A#.*?\n#\n/)
new File(basedir, 'setup.py').text = header + '\nfrom setuptools import setup\n\nsetup(name="apache-skywalking")\n'
// the compose files of that layout sat one level higher
['sw_redis', 'sw_requests'].each { test ->
    def compose = new File(plugin, "${test}/docker-compose.yml")
    compose.text = compose.text.replace('../../docker-compose.base.yml', '../docker-compose.base.yml')
}
true  // invoker treats any other last value as a failed setup
