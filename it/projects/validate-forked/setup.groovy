evaluate(new File(itSupport)).copySample(basedir)
true  // invoker treats any other last value as a failed setup
