def log = evaluate(new File(itSupport)).buildLog(basedir)
assert log =~ /is not the root of a skywalking-python checkout \(it has no skywalking\/__init__.py\): run mvn archetype:generate there\. Nothing was written\./
assert !new File(basedir, '.swplugin-staging').exists()
assert basedir.list().findAll { it != '.mvn' }.sort() == ['build.log', 'invoker.properties', 'verify.groovy']
true  // invoker treats any other last value as a failure
