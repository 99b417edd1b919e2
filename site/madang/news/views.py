from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import NewsPage
from .services import record_view


@csrf_exempt  # a count, sent by the browser's beacon; nothing personal is changed
@require_POST
def read(request, page_id):
    """One reader of an article (the page itself is served from the cache)."""
    if NewsPage.objects.live().filter(pk=page_id).exists():
        record_view(page_id=page_id)
    return HttpResponse(status=204)
