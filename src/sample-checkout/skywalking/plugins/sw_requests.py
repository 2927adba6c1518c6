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
from skywalking.trace.context import get_context, NoopContext
from skywalking.trace.span import NoopSpan
from skywalking.trace.tags import TagHttpMethod, TagHttpURL, TagHttpStatusCode

link_vector = ['https://requests.readthedocs.io/']
support_matrix = {
    'requests': {
        '>=3.7': ['2.26', '2.25']
    }
}
note = """"""


def install():
    from urllib.parse import urlparse
    from requests import Session

    _request = Session.request

    def _sw_request(this: Session, method, url, *args, **kwargs):
        parts = urlparse(url)
        span = NoopSpan(NoopContext()) if config.ignore_http_method_check(method) \
            else get_context().new_exit_span(op=parts.path or '/', peer=parts.netloc, component=Component.Requests)
        with span:
            span.layer = Layer.Http
            headers = kwargs.setdefault('headers', {})
            for item in span.inject():
                headers[item.key] = item.val
            span.tag(TagHttpMethod(method.upper()))
            span.tag(TagHttpURL(url.split('?')[0]))
            res = _request(this, method, url, *args, **kwargs)
            span.tag(TagHttpStatusCode(res.status_code))
            if res.status_code >= 400:
                span.error_occurred = True
            return res

    Session.request = _sw_request
