def it = evaluate(new File(itSupport))
def log = it.buildLog(basedir)
assert log.contains('pyproject.toml is a symbolic link that leads out of the checkout')
assert log.contains('the checkout is back as it was')
assert new File(basedir, '../hostile-generate-settings.toml').text == new File(sampleCheckout, 'pyproject.toml').text
def before = Eval.me(new File(basedir, '../hostile-generate.before').text)
assert it.fingerprint(basedir, it.caseFiles) == before: 'the refused generation changed the checkout'
assert !new File(basedir, '.swplugin-journal').exists() && !new File(basedir, '.swplugin-lock').exists()
true  // invoker treats any other last value as a failure
