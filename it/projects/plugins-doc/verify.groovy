def it = evaluate(new File(itSupport))
def log = it.buildLog(basedir)
def written = new File(basedir, 'docs/en/setup/Plugins.md')
assert written.text == new File(basedir, 'expected-Plugins.md').text
assert log.contains('swplugin: docs/en/setup/Plugins.md written: 7 libraries from 6 plugin modules')
assert log =~ /swplugin: checked \d+ files in \d+ ms: 0 errors, 0 warnings/
true  // invoker treats any other last value as a failure
