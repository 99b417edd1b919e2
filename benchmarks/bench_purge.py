"""Bench only: a request with the header ``X-Bench-Purge`` comes first after a purge.

benchmarks/run.py measures the first visitor after a change: before each such
request, the page it asks for is purged (madang/core/pagecache.py,
``purge_pages``: its token deleted, so neither the stored page nor its fragments
are reused), and the page renders everything. The page's id is learnt from the
first such request of each path (the warm-up), from what the page view marked.
Requests run concurrently, so one may still find fragments another has just
stored under the new token: at 8 connections the row is, if anything, a little
optimistic.
"""

from madang.core.pagecache import FRAGMENT_ATTRIBUTE, purge_pages


class PurgeFirstMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.pages = {}  # path -> page id

    def __call__(self, request):
        if "HTTP_X_BENCH_PURGE" not in request.META:
            return self.get_response(request)
        page_id = self.pages.get(request.path)
        if page_id is not None:
            purge_pages([page_id])
        response = self.get_response(request)
        marked = getattr(request, FRAGMENT_ATTRIBUTE, None)
        if marked is not None:
            self.pages[request.path] = marked[0]
        return response
