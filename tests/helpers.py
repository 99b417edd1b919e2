"""Small helpers shared by the test suite."""

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext


def count_queries(client, url):
    """The SQL queries of one successful GET of ``url``."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def warm_count(client, url):
    """The queries of a request once the caches are warm (after one visitor)."""
    cache.clear()
    client.get(url)
    return count_queries(client, url)
