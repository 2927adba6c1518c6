def it = evaluate(new File(itSupport))
def log = it.buildLog(basedir)
def outside = new File(basedir, '../hostile-checkout-outside')
['authorized_keys', 'settings.xml', 'config', 'cache', 'junit.xml', 'baseline', 'recorded'].each {
    assert new File(outside, it).text == "precious ${it}\n": "${it} outside the checkout was changed"
}
assert new File(outside, 'emptydir').directory
assert (outside.list() as List).sort() == ['authorized_keys', 'baseline', 'cache', 'config', 'emptydir', 'junit.xml', 'recorded',
        'settings.xml']: 'a file appeared outside the checkout'
// 1: the journal is refused by name and kept; the defect is still found; the report link is refused
assert log.contains('[WARNING] swplugin: .swplugin-journal was not written by swplugin for this user on this machine, or was'
        + ' changed since: swplugin left it, and every file it names, alone.')
assert new File(basedir, '.swplugin-journal').exists()
assert log.contains("ERROR [unknown-key] the collector ignores 'componentID' in a span")
assert log.contains('target/swplugin/TEST-swplugin.xml is a symbolic link that leads out of the checkout')
// 2-4: each write through a link leading out is refused with the link's name
assert log.contains('swplugin-baseline.txt is a symbolic link that leads out of the checkout')
assert log.contains('docs is a symbolic link that leads out of the checkout')
assert log.contains('recorded.data.yml is a symbolic link that leads out of the checkout')
// 5: no change while a journal that cannot be rolled back is there
assert log.contains('.swplugin-journal is there: an earlier run was not rolled back')
// no line of the output starts a workflow command but swplugin's own annotations, whose data is escaped
def commands = log.readLines().findAll { it.startsWith('::') }
assert commands && commands.every { it ==~ /::(error|warning) file=[^\n]*::.*/ }
assert !commands.any { it.startsWith('::stop-commands::') || it.startsWith('::error::forged') }
assert commands.any { it.contains('sw_x%0A%3A%3Astop-commands%3A%3Apwned') }
true  // invoker treats any other last value as a failure
