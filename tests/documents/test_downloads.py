"""The list of documents to print on a delegate's self-service page."""

import pytest
from django.template.loader import render_to_string
from django.utils import translation

LINKS = {"links": [("名札", "/ja/documents/badge/")]}


@pytest.mark.parametrize(
    ("language", "expected"),
    [("ja", "名札（PDF）</a>"), ("ko", "名札 (PDF)</a>")],
    ids=["ja", "ko"],
)
def test_each_document_says_it_is_a_pdf_as_the_language_writes_it(language, expected):
    with translation.override(language):
        html = render_to_string("documents/includes/downloads.html", LINKS)

    assert expected in html
