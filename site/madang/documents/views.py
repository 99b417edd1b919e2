"""A delegate downloads their own documents from their self-service page."""

from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from madang.registrations.self_service import from_link
from madang.registrations.tokens import registration_from_manage_token

from .services import DocumentError, make_delegate_document


@never_cache
@from_link(registration_from_manage_token)
def download(request, registration, token, kind):
    try:
        name, pdf = make_delegate_document(registration=registration, kind=kind)
    except DocumentError as error:
        return render(
            request,
            "documents/refused.html",
            {"message": error.message, "token": token},
            status=404 if error.code == "unknown" else 403,
        )
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{name}"'
    response["Cache-Control"] = "private, no-store"
    return response
