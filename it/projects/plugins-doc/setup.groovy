// three more plugin modules: two libraries in one module, an empty version list, notes of several kinds
def it = evaluate(new File(itSupport))
it.copySample(basedir)
def header = new File(basedir, 'skywalking/plugins/__init__.py').text
new File(basedir, 'skywalking/plugins/sw_http_server.py').text = header + '''
link_vector = ['https://docs.python.org/3/library/http.server.html',
               'https://werkzeug.palletsprojects.com/']
support_matrix = {
    'http_server': {
        '>=3.7': ['*']
    },
    'werkzeug': {
        '>=3.7': ['1.0.1', '2.0']
    }
}
note = """"""


def install():
    pass
'''
new File(basedir, 'skywalking/plugins/sw_hug.py').text = header + '''
link_vector = ['https://falcon.readthedocs.io/en/stable/']
support_matrix = {
    'hug': {
        '>=3.11': [],  # abandoned upstream
        '>=3.10': ['2.5', '2.6'],
    }
}
note = """Only Hug is tested.
Use it with care."""


def install():
    pass
'''
new File(basedir, 'skywalking/plugins/sw_aio_thing.py').text = header + '''
link_vector = ["https://aio-thing.example/"]
support_matrix = {"aio-thing": {">=3.8": ["0.1", "it's 0.2"]}}
note = ('Tested with its own server, '  # an implicit concatenation
        "see the test's docker-compose.yml.")


def install():
    pass
'''
true  // invoker treats any other last value as a failed setup
