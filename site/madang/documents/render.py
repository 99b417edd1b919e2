"""The four documents as PDF (WeasyPrint, Noto CJK fonts embedded, A4).

Each ``*_html`` function gives one HTML document for a list of registrations
(or a programme); :func:`write_pdf` turns one or more of them into one PDF,
so that a long bulk job renders in chunks and reports its progress between
them. Every text is read through the engine's contract (``facts_of``) and the
registration's own fields, in the language of each part of the document.
"""

import datetime

from django.conf import settings
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import override

from madang.core.countries import country_name
from madang.core.languages import own_name
from madang.people.models import Organization
from madang.registrations.attachments import checkin_qr
from madang.registrations.contract import facts_of
from madang.registrations.timefmt import format_date

from .kinds import host_language, two_languages
from .programme import programme_in


class FactsBook:
    """The facts of one offering per language, read once (a bulk job asks many times)."""

    def __init__(self, registrable):
        self.registrable = registrable
        self._facts = {}

    def facts(self, language):
        if language not in self._facts:
            page = self.registrable.page_in(language)
            with override(language):
                self._facts[language] = facts_of(page, with_activities=False) if page else None
        return self._facts[language]

    @property
    def host_language(self):
        facts = self.facts(settings.LANGUAGE_CODE)
        return host_language(facts.place if facts else None)


def organization_names(text, languages):
    """``[(language, name)]``: the organization as typed on the form (in ``languages[0]``),
    and its name in the other languages when the site knows it (a ``people.Organization``
    of that name, in any language)."""
    if not text:
        return []
    names = [(languages[0], text)]
    found = (
        Organization.objects.filter(
            Q(name__iexact=text) | Q(name_romanized__iexact=text) | Q(short_name__iexact=text)
        )
        .values_list("translation_key", flat=True)
        .first()
    )
    if found is None:
        return names
    translations = {
        code: (name, romanized)
        for code, name, romanized in Organization.objects.filter(translation_key=found).values_list(
            "locale__language_code", "name", "name_romanized"
        )
    }
    for language in languages[1:]:
        name, romanized = translations.get(language, ("", ""))
        if language == "en" and romanized:
            name = romanized
        if name and name not in {known for _language, known in names}:
            names.append((language, name))
    return names


def qr_data_uri(registration):
    """The check-in QR code (the same payload as the ticket's), as an SVG data URI."""
    return checkin_qr(registration).svg_data_uri(scale=1, border=2)


def _contact_line(contact):
    """ "name · email · phone", whichever there are."""
    if not contact:
        return ""
    return " · ".join(part for part in (contact.name, contact.email, contact.phone) if part)


def _section(book, language, registration):
    """What a document says in one language: the offering's facts and today's date."""
    with override(language):
        facts = book.facts(language)
        when = facts.when if facts else None
        return {
            "language": language,
            "facts": facts,
            "dates": when.date_label if when else "",
            "when": when.label if when else "",
            "place": ", ".join(facts.place.lines) if facts and facts.place else "",
            "city": facts.place.city if facts and facts.place else "",
            "contact_line": _contact_line(facts.contact if facts else None),
            "today": format_date(timezone.localdate()),
            "country": str(country_name(registration.country)) if registration is not None else "",
        }


def programme_html(*, registrable, languages):
    programme = programme_in(registrable, languages)
    return render_to_string(
        "documents/programme.html",
        {"programme": programme, "languages": languages, "generated": timezone.now()},
    )


def badges_html(*, book, registrations):
    badges = []
    for registration in registrations:
        languages = two_languages(registration.language, book.host_language)
        facts = book.facts(registration.language)
        interpretation = registration.interpretation_language
        badges.append(
            {
                "registration": registration,
                "language": registration.language,
                "title": facts.title if facts else book.registrable.title,
                "organizations": organization_names(registration.organization, languages),
                "interpretation": own_name(interpretation) if interpretation else "",
                "qr": qr_data_uri(registration),
            }
        )
    sheets = [
        [badges[row : row + 2] for row in range(sheet, min(sheet + 8, len(badges)), 2)]
        for sheet in range(0, len(badges), 8)
    ]
    return render_to_string("documents/badges.html", {"sheets": sheets})


def _per_person(book, registrations, first_language):
    """Each registration with its document's sections: in ``first_language(registration)``,
    then in English (once, when that is English)."""
    return [
        {
            "registration": registration,
            "sections": [
                _section(book, language, registration)
                for language in two_languages(first_language(registration), "en")
            ],
        }
        for registration in registrations
    ]


def letters_html(*, book, registrations):
    """Invitation letters: in the host country's language, then in English."""
    letters = _per_person(book, registrations, lambda registration: book.host_language)
    return render_to_string("documents/letters.html", {"letters": letters})


def certificates_html(*, book, registrations):
    """Certificates: in the person's language, then in English."""
    certificates = _per_person(book, registrations, lambda registration: registration.language)
    return render_to_string("documents/certificates.html", {"certificates": certificates})


def render(html):
    """One HTML document laid out in pages (a ``weasyprint.Document``)."""
    # Imported when a document is drawn: WeasyPrint (fonts, CSS, Pango) takes about half
    # a second to import, which every start of Django paid through the admin's hooks.
    import weasyprint  # noqa: PLC0415 -- loaded only for drawing PDFs

    return weasyprint.HTML(string=html, base_url=settings.SITE_URL).render()


def write_pdf(documents, *, title=""):
    """One PDF of the pages of ``documents`` (rendered with :func:`render`), fonts embedded."""
    pages = [page for document in documents for page in document.pages]
    combined = documents[0].copy(pages)
    if title:
        combined.metadata.title = title
    combined.metadata.created = datetime.datetime.now(datetime.UTC).isoformat()
    return combined.write_pdf()
