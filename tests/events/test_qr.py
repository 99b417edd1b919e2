"""QR codes of registration links: SVG output and the ``qr/`` route."""

import re
import xml.etree.ElementTree as ET

import pytest
import segno
from django.utils import translation
from django.utils.translation import gettext

from events.qr import qr_svg
from tests.events.factories import EventIndexPageFactory, make_event

SVG = "{http://www.w3.org/2000/svg}"
REGISTER = "https://example.org/register?event=gwangju&lang=ko"


def dark_modules(svg):
    """The (row, column) of every dark module drawn by the SVG's stroked path.

    segno draws each run of dark modules in a row as ``h<length>`` after a move
    (``M`` absolute, then ``m`` relative to where the last run ended); lines
    are centred half a module below the row's top edge.
    """
    root = ET.fromstring(svg)
    [path] = [p for p in root.iter(f"{SVG}path") if p.get("stroke") == "#000"]
    x = y = 0.0
    cells = set()
    for command, dx, dy, length in re.findall(r"([Mm])(-?[\d.]+) (-?[\d.]+)h(\d+)", path.get("d")):
        if command == "M":
            x, y = float(dx), float(dy)
        else:
            x, y = x + float(dx), y + float(dy)
        for column in range(int(x), int(x) + int(length)):
            cells.add((int(y - 0.5), column))
        x += int(length)
    return cells


def expected_modules(url, border=4):
    code = segno.make(url, error="m", micro=False)
    return {
        (row + border, column + border)
        for row, line in enumerate(code.matrix)
        for column, dark in enumerate(line)
        if dark
    }


def test_qr_svg_is_an_accessible_black_on_white_svg():
    svg = qr_svg(url=REGISTER, title="등록용 QR 코드")

    root = ET.fromstring(svg)
    code = segno.make(REGISTER, error="m", micro=False)
    size = code.symbol_size(scale=1)[0]
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    assert root.get("width") == f"{size}mm"
    assert root.get("height") == f"{size}mm"
    assert root.get("viewBox") == f"0 0 {size} {size}"
    assert root.find(f"{SVG}title").text == "등록용 QR 코드"
    assert root.find(f"{SVG}desc").text == REGISTER
    assert [p.get("fill") for p in root.iter(f"{SVG}path") if p.get("fill")] == ["#fff"]
    assert [p.get("stroke") for p in root.iter(f"{SVG}path") if p.get("stroke")] == ["#000"]


def test_qr_svg_draws_the_matrix_of_the_url():
    svg = qr_svg(url=REGISTER, title="QR")

    assert dark_modules(svg) == expected_modules(REGISTER)
    assert dark_modules(svg) != expected_modules(REGISTER + "x")
    assert segno.make(REGISTER, error="m", micro=False).designator == "4-M"


@pytest.mark.django_db
def test_qr_route_encodes_the_registration_link(client, home_pages):
    home = home_pages["ko"]
    index = EventIndexPageFactory(parent=home, locale=home.locale)
    make_event(index, slug="gwangju", registration_url=REGISTER, booths=0, people=0)

    response = client.get("/ko/events/gwangju/qr/")

    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    assert response["Cache-Control"] == "public, max-age=3600"
    svg = response.content.decode()
    assert dark_modules(svg) == expected_modules(REGISTER)
    with translation.override("ko"):
        title = gettext("QR code for registering for %(event)s") % {
            "event": "함께 여는 돌봄의 시대 전국대회"
        }
    assert ET.fromstring(svg).find(f"{SVG}title").text == title


@pytest.mark.django_db
def test_qr_route_without_registration_link_encodes_the_page(client, home_pages):
    home = home_pages["ko"]
    index = EventIndexPageFactory(parent=home, locale=home.locale)
    make_event(index, slug="busan", booths=0, people=0)

    response = client.get("/ko/events/busan/qr/")

    assert response.status_code == 200
    svg = response.content.decode()
    assert dark_modules(svg) == expected_modules("https://madang.test/ko/events/busan/")
    assert ET.fromstring(svg).find(f"{SVG}desc").text == "https://madang.test/ko/events/busan/"
