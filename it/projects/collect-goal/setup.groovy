def it = evaluate(new File(itSupport))
it.copySample(basedir)

// an agent: whenever a collector starts listening on 31800, it posts the run's segments once (as the Python agent's
// HTTP protocol, plus the batch path of the others); verify.groovy stops it
def segments = new File(basedir, 'segments.json').bytes
def agent = Thread.startDaemon {
    boolean posted = false
    while (!Thread.currentThread().isInterrupted()) {
        try {
            new URL('http://127.0.0.1:31800/healthCheck').text  // fails while no collector listens
            if (!posted) {
                def connection = new URL('http://127.0.0.1:31800/v3/segments').openConnection()
                connection.requestMethod = 'POST'
                connection.doOutput = true
                connection.setRequestProperty('Content-Type', 'application/json')
                connection.outputStream.withStream { it.write(segments) }
                assert connection.responseCode == 200
                posted = true
            }
        } catch (IOException e) {
            posted = false  // no collector now: post again to the next one
        }
        try {
            Thread.sleep(200)
        } catch (InterruptedException e) {
            break
        }
    }
}
System.properties.put('swplugin.it.agent', agent)
true  // invoker treats any other last value as a failed setup
