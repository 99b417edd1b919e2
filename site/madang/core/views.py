from django.http import Http404


def translation_fallback(request, page_id):
    raise Http404
