def it = evaluate(new File(itSupport))
it.copySample(basedir)
true  // invoker treats any other last value as a failed setup
