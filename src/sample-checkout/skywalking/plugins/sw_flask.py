#
# Licensed to the Apache Software Foundation (ASF) under one or more
# contributor license agreements.  See the NOTICE file distributed with
# this work for additional information regarding copyright ownership.
# The ASF licenses this file to You under the Apache License, Version 2.0
# (the "License"); you may not use this file except in compliance with
# the License.  You may obtain a copy of the License at
#
#     http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.
#

from skywalking import Layer, Component, config
from skywalking.trace.carrier import Carrier
from skywalking.trace.context import get_context, NoopContext
from skywalking.trace.span import NoopSpan
from skywalking.trace.tags import TagHttpMethod, TagHttpURL, TagHttpStatusCode

link_vector = ['https://flask.palletsprojects.com']
support_matrix = {
    'flask': {
        '>=3.10': ['2.2', '3.0'],
        '>=3.7': ['2.0', '2.2'],  # 3.0 needs Python 3.8
    }
}
note = ('Flask is instrumented at Flask.full_dispatch_request, '
        'so errors handled by the app still show their status code.')


def install():
    from flask import Flask, request

    _full_dispatch_request = Flask.full_dispatch_request

    def _sw_full_dispatch_request(this: Flask):
        carrier = Carrier()
        for item in carrier:
            if item.key.capitalize() in request.headers:
                item.val = request.headers[item.key.capitalize()]
        span = NoopSpan(NoopContext()) if config.ignore_http_method_check(request.method) \
            else get_context().new_entry_span(op=request.path, carrier=carrier, inherit=Component.General)
        with span:
            span.layer = Layer.Http
            span.component = Component.Flask
            span.peer = f"{request.environ.get('REMOTE_ADDR')}:{request.environ.get('REMOTE_PORT')}"
            span.tag(TagHttpMethod(request.method))
            span.tag(TagHttpURL(request.url.split('?')[0]))
            resp = _full_dispatch_request(this)
            span.tag(TagHttpStatusCode(resp.status_code))
            if resp.status_code >= 400:
                span.error_occurred = True
            return resp

    Flask.full_dispatch_request = _sw_full_dispatch_request
