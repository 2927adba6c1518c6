evaluate(new File(itSupport)).copySample(basedir)
assert !new File(basedir, 'pom.xml').exists()
true  // invoker treats any other last value as a failed setup
