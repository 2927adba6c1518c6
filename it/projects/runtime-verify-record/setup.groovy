import com.sun.net.httpserver.HttpServer

def it = evaluate(new File(itSupport))
it.copySample(basedir)
// the sample's sw_redis expectation, with a thing the received run contradicts in each service
def expected = new File(basedir, 'tests/plugin/data/sw_redis/expected.data.yml').text
def lastStatus = expected.lastIndexOf("value: '200'")
new File(basedir, 'broken.data.yml').text = (expected.substring(0, lastStatus) + "value: '201'"
        + expected.substring(lastStatus + "value: '200'".length()))
        .replaceFirst('            skipAnalysis: false\n', '            skipAnalysis: false\n            isError: true\n')
// a second run in which the plugin sent another operation name
new File(basedir, 'received-changed.yml').text = new File(basedir, 'received-run2.yml').text.replace('Redis/GET', 'Redis/get')

// a stand-in for the mock collector's GET /receiveData on its default port, stopped by verify.groovy
def dump = new File(basedir, 'received-run1.yml').bytes
def server = HttpServer.create(new InetSocketAddress('127.0.0.1', 12800), 0)
server.createContext('/receiveData') { exchange ->
    exchange.sendResponseHeaders(200, dump.length)
    exchange.responseBody.withStream { it.write(dump) }
}
server.start()
System.properties.put('swplugin.it.collector', server)
true  // invoker treats any other last value as a failed setup
