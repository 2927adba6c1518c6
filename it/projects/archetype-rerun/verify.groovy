def it = evaluate(new File(itSupport))
def log = it.buildLog(basedir)
assert log.contains('swplugin: generated sw_pymemcache (cache)')
assert log.contains('skywalking/plugins/sw_pymemcache.py and tests/plugin/data/sw_pymemcache already exist')
def init = new File(basedir, 'skywalking/__init__.py').text
assert (init =~ /(?m)^    Memcached = 20$/).count == 1
assert !new File(basedir, '.swplugin-staging').exists()
true  // invoker treats any other last value as a failure
