def it = evaluate(new File(itSupport))
def log = it.buildLog(basedir)
// 1: validate put the checkout back first, said so, and then checked it
assert log =~ /\[WARNING\] swplugin: rolled back an interrupted swplugin run \(pid \d+ at [^)]+\): 2 new files removed, \[skywalking\/__init__.py\] restored/
assert log.contains('swplugin: checked ')
assert !new File(basedir, '.swplugin-journal').exists()
assert !new File(basedir, 'skywalking/plugins/sw_half.py').exists()
assert !new File(basedir, 'tests/plugin/data/sw_half').exists()
// 2: the generator's stub is gone, the user's directory of that name and its file are not
assert log.contains('swplugin: generated sw_pymemcache (cache)')
assert new File(basedir, '.swplugin-keep/notes.txt').text == 'mine\n'
assert !new File(basedir, '.swplugin-keep/pom.xml').exists()
true  // invoker treats any other last value as a failure
