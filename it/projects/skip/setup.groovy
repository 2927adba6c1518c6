def it = evaluate(new File(itSupport))
it.copySample(basedir)
it.replace(basedir, 'tests/plugin/data/sw_redis/expected.data.yml', 'segmentItems:', 'segmentItem:')
true  // invoker treats any other last value as a failed setup
