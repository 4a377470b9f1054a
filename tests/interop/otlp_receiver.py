"""A small OTLP/HTTP receiver built on the official protobuf definitions (PyPI
`opentelemetry-proto`): it decodes every ExportTraceServiceRequest POSTed to /v1/traces and
appends one JSON object per span to OUT (trace and span ids in hex, the parent span id, the
kind, name, times, attributes as a dict, the status, and the resource's service.name), and
every ExportMetricsServiceRequest POSTed to /v1/metrics as one object per metric
({"metric": name, "kind": "sum"|"histogram", "points": [...]}).

    python3 otlp_receiver.py OUT

prints {"port": N} on stdout once it listens on 127.0.0.1:N, and serves until killed.
Anything that does not decode is answered 400 and recorded as {"error": ...}. With OUT `-`
it decodes nothing and answers every export with an empty success (a live collector for a
benchmark, costing it little).
"""

import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from google.protobuf.message import DecodeError
from opentelemetry.proto.collector.metrics.v1 import metrics_service_pb2
from opentelemetry.proto.collector.trace.v1 import trace_service_pb2

OUT = sys.argv[1]
LOCK = threading.Lock()


def value(v):
    kind = v.WhichOneof("value")
    return getattr(v, kind) if kind else None


def record(doc):
    with LOCK, open(OUT, "a", encoding="utf-8") as f:
        f.write(json.dumps(doc) + "\n")


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_POST(self):
        length = int(self.headers.get("content-length", "0"))
        body = self.rfile.read(length)
        if OUT == "-":
            self.send_response(200)
            self.send_header("content-type", "application/x-protobuf")
            self.send_header("content-length", "0")
            self.end_headers()
            return
        if self.path == "/v1/metrics":
            self.metrics(body)
            return
        if self.path != "/v1/traces":
            self.send_response(404)
            self.end_headers()
            return
        request = self.decode(trace_service_pb2.ExportTraceServiceRequest(), body)
        if request is None:
            return
        for rs in request.resource_spans:
            resource = {a.key: value(a.value) for a in rs.resource.attributes}
            for ss in rs.scope_spans:
                for s in ss.spans:
                    record(
                        {
                            "content_type": self.headers.get("content-type"),
                            "service": resource.get("service.name"),
                            "scope": ss.scope.name,
                            "trace_id": s.trace_id.hex(),
                            "span_id": s.span_id.hex(),
                            "parent_span_id": s.parent_span_id.hex(),
                            "name": s.name,
                            "kind": s.kind,
                            "start": s.start_time_unix_nano,
                            "end": s.end_time_unix_nano,
                            "attributes": {a.key: value(a.value) for a in s.attributes},
                            "status": s.status.code,
                        }
                    )
        self.reply(trace_service_pb2.ExportTraceServiceResponse())

    def decode(self, request, body):
        """`request` parsed from `body`, or None (answered 400 and recorded)."""
        try:
            request.ParseFromString(body)
            return request
        except DecodeError as e:
            record({"error": str(e), "content_type": self.headers.get("content-type")})
            self.send_response(400)
            self.end_headers()
            return None

    def reply(self, response):
        body = response.SerializeToString()
        self.send_response(200)
        self.send_header("content-type", "application/x-protobuf")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


    def metrics(self, body):
        request = self.decode(metrics_service_pb2.ExportMetricsServiceRequest(), body)
        if request is None:
            return
        for rm in request.resource_metrics:
            resource = {a.key: value(a.value) for a in rm.resource.attributes}
            for sm in rm.scope_metrics:
                for m in sm.metrics:
                    kind = m.WhichOneof("data")
                    points = []
                    if kind == "sum":
                        for p in m.sum.data_points:
                            points.append({"attributes": {a.key: value(a.value) for a in p.attributes},
                                           "value": p.as_int, "start": p.start_time_unix_nano,
                                           "time": p.time_unix_nano})
                        extra = {"monotonic": m.sum.is_monotonic,
                                 "temporality": m.sum.aggregation_temporality}
                    elif kind == "histogram":
                        for p in m.histogram.data_points:
                            points.append({"attributes": {a.key: value(a.value) for a in p.attributes},
                                           "count": p.count, "sum": p.sum,
                                           "bucket_counts": list(p.bucket_counts),
                                           "bounds": list(p.explicit_bounds)})
                        extra = {"temporality": m.histogram.aggregation_temporality}
                    else:
                        extra = {}
                    record({"service": resource.get("service.name"), "metric": m.name,
                            "unit": m.unit, "kind": kind, "points": points, **extra})
        self.reply(metrics_service_pb2.ExportMetricsServiceResponse())


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(json.dumps({"port": server.server_address[1]}), flush=True)
server.serve_forever()
