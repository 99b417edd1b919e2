"""Forms sent in a legacy character set (EUC-KR, Shift_JIS…) are read, not refused.

Some Korean and Japanese clients still declare a legacy charset on a form,
``Content-Type: application/x-www-form-urlencoded; charset=euc-kr``. Django reads
urlencoded bodies only as UTF-8 and refuses any other declared charset with a
400. This WSGI middleware, in front of Django (``madang.wsgi``), decodes such a
body with its declared charset and hands Django the same fields in UTF-8, so a
delegate's name arrives as typed. A body that is not valid in its charset, a
charset Python does not know, or a body larger than Django accepts passes on
untouched: Django then answers with the translated 400 page.
"""

from io import BytesIO
from urllib.parse import parse_qsl, urlencode

from django.conf import settings

FORM = "application/x-www-form-urlencoded"
UTF8 = "utf-8"


def declared_charset(content_type):
    """The ``charset`` parameter of a urlencoded form's content type, or None."""
    mime, *params = content_type.split(";")
    if mime.strip().lower() != FORM:
        return None
    for param in params:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            return value.strip().strip('"') or None
    return None


def transcode(body, charset):
    """``body`` (urlencoded in ``charset``) urlencoded in UTF-8, or None if it cannot be read."""
    try:
        text = body.decode(charset)
        fields = parse_qsl(
            text,
            keep_blank_values=True,
            encoding=charset,
            errors="strict",
            max_num_fields=settings.DATA_UPLOAD_MAX_NUMBER_FIELDS,
        )
    except (LookupError, UnicodeError, ValueError):
        return None
    return urlencode(fields).encode("ascii")


class LegacyCharsetForms:
    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        charset = declared_charset(environ.get("CONTENT_TYPE", ""))
        if charset and charset.lower().replace("_", "-") not in {UTF8, "utf8"}:
            environ = self.in_utf8(environ, charset)
        return self.application(environ, start_response)

    def in_utf8(self, environ, charset):
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return environ
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        if length <= 0 or (limit is not None and length > limit):
            return environ
        body = environ["wsgi.input"].read(length)
        utf8 = transcode(body, charset)
        if utf8 is None:  # Django refuses it with a 400; it reads the body as it came
            return {**environ, "wsgi.input": BytesIO(body)}
        return {
            **environ,
            "wsgi.input": BytesIO(utf8),
            "CONTENT_LENGTH": str(len(utf8)),
            "CONTENT_TYPE": FORM,
        }
