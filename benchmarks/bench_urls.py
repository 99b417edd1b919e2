"""URLconf for the benchmark settings: the site's URLs plus a bare view.

With BENCH_SERVE_MEDIA set (benchmarks/lighthouse.py), MEDIA_URL serves
MEDIA_ROOT's files. /__bench__/bare/<key>/ returns the bytes captured from a real page (written by
benchmarks/run.py to $BENCH_CAPTURE_DIR/<key>.html) through the same server,
middleware and settings, so the two rates differ only by the page's own work.
"""

import os
from pathlib import Path

from django.http import Http404, HttpResponse
from django.urls import path

from madang.urls import (  # noqa: F401  (the error pages too)
    handler400,
    handler403,
    handler404,
    handler500,
)
from madang.urls import urlpatterns as site_urlpatterns

_captured = {}


def bare(request, key):
    body = _captured.get(key)
    if body is None:
        capture_dir = os.environ.get("BENCH_CAPTURE_DIR")
        capture = Path(capture_dir) / f"{key}.html" if capture_dir else None
        if capture is None or not capture.is_file():
            raise Http404(key)
        body = _captured[key] = capture.read_bytes()
    return HttpResponse(body, content_type="text/html; charset=utf-8")


urlpatterns = [
    path("__bench__/bare/<slug:key>/", bare, name="bench_bare"),
    *site_urlpatterns,
]

if os.environ.get("BENCH_SERVE_MEDIA"):
    # benchmarks/lighthouse.py: uploaded images from MEDIA_ROOT, as a front server would.
    from django.conf import settings
    from django.urls import re_path
    from django.views.static import serve

    urlpatterns.insert(
        0,
        re_path(
            rf"^{settings.MEDIA_URL.strip('/')}/(?P<path>.*)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        ),
    )
