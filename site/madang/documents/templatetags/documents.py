from django import template
from django.urls import reverse

from ..services import delegate_kinds

register = template.Library()


@register.inclusion_tag("documents/includes/downloads.html")
def document_links(registration, token):
    """Links to the documents a person can print now, for their self-service page."""
    return {
        "links": [
            (kind.label, reverse("documents:download", args=[token, kind.value]))
            for kind in delegate_kinds(registration)
        ]
    }
