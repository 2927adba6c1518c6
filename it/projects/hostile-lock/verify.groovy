def it = evaluate(new File(itSupport))
def log = it.buildLog(basedir)
assert new File(basedir, '../hostile-lock-victim.txt').text == 'precious\n'
assert log.contains('[WARNING] swplugin: nothing was rolled back: cannot lock ')
assert log.contains('.swplugin-lock in ')
assert log.contains('is not a plain file (a link or a directory): swplugin does not lock through it; remove it')
assert log.contains('swplugin: checked ')
assert log.contains('swplugin: the fixes were not made: cannot lock ')
true  // invoker treats any other last value as a failure
