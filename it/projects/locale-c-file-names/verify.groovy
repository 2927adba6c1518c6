def it = evaluate(new File(itSupport))
def log = it.buildLog(basedir)
assert !log.contains('Malformed input')
// the name is printed as the locale can (its two bytes as replacement characters), the finding is there
assert it.findingLines(basedir).any { it ==~ /tests\/plugin\/data\/sw_caf.+\/expected\.data\.yml:30:13: ERROR \[unknown-key\] the collector ignores 'componentID' .*/ }
assert log.contains('swplugin: checked 28 files')
// 2: fix names the file it cannot write under this locale, and says how to fix it
assert log =~ /\[WARNING\] tests\/plugin\/data\/sw_caf.+\/provider\.py: not fixed: its name cannot be spelled in this locale: run with a UTF-8 locale \(LANG=C\.UTF-8\) to fix it/
assert new File(basedir, 'tests/plugin/data/sw_caf\u00e9/provider.py').text == 'print(1)\n'
assert log.contains('swplugin: fixed 0 files, left 1 file as it was')
true  // invoker treats any other last value as a failure
