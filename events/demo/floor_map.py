"""The demo's floor map of the Gwangju conference, drawn with Pillow at run time.

A plain plan of the 4th-floor lobby in front of the Convention Hall: the hall
with its doors, the entrance, the registration desk and thirteen numbered
booths. The booths' positions on the event page (``map_x``/``map_y`` in
``events.yaml``, in % of the picture) are ``booth_positions()`` of the same
layout, so the markers sit on the drawn booths: change both together.
Labels are numbers and short English words, since one picture serves every
language.
"""

from decimal import Decimal
from io import BytesIO

from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 1200, 800
WALL = 30  # the outer wall's inset

COLOURS = {
    "floor": "#F7F4EE",
    "wall": "#4A4453",
    "hall": "#E4DDF0",
    "hall_text": "#4A3F6B",
    "booth": "#FFFFFF",
    "booth_edge": "#8D7BC2",
    "booth_text": "#3C3465",
    "desk": "#F2D9C4",
    "entrance": "#C8735D",
    "label": "#6B6475",
}

BOOTH_WIDTH, BOOTH_HEIGHT, BOOTH_GAP = 115, 90, 12
HALL_BOTTOM = 250


def _row(numbers, *, left, top):
    x = left
    boxes = {}
    for number in numbers:
        boxes[number] = (x, top, x + BOOTH_WIDTH, top + BOOTH_HEIGHT)
        x += BOOTH_WIDTH + BOOTH_GAP
    return boxes


def booth_boxes():
    """Booth number → (left, top, right, bottom) in pixels of the plan.

    A-01 to A-07 stand along the lobby's far wall, A-08 to A-13 in an island
    in the middle of the lobby.
    """
    numbers = [f"A-{n:02d}" for n in range(1, 14)]
    return {
        **_row(numbers[:7], left=60, top=HEIGHT - WALL - 20 - BOOTH_HEIGHT),
        **_row(numbers[7:], left=150, top=390),
    }


def booth_positions():
    """Booth number → (map_x, map_y): the booth's centre in % of the plan."""
    positions = {}
    for number, (left, top, right, bottom) in booth_boxes().items():
        x = Decimal((left + right) / 2 / WIDTH * 100).quantize(Decimal("0.01"))
        y = Decimal((top + bottom) / 2 / HEIGHT * 100).quantize(Decimal("0.01"))
        positions[number] = (x, y)
    return positions


def _font(size):
    return ImageFont.load_default(size=size)


def _centred_text(draw, box, text, *, font, fill):
    left, top, right, bottom = box
    x0, y0, x1, y1 = draw.textbbox((0, 0), text, font=font)
    x = left + (right - left - (x1 - x0)) / 2 - x0
    y = top + (bottom - top - (y1 - y0)) / 2 - y0
    draw.text((x, y), text, font=font, fill=fill)


def draw_floor_map():
    """Return the 1200×800 RGB plan."""
    image = Image.new("RGB", (WIDTH, HEIGHT), COLOURS["floor"])
    draw = ImageDraw.Draw(image)
    right, bottom = WIDTH - WALL, HEIGHT - WALL

    # The Convention Hall along the top, with three doors onto the lobby.
    draw.rectangle((WALL, WALL, right, HALL_BOTTOM), fill=COLOURS["hall"])
    _centred_text(
        draw,
        (WALL, WALL, right, HALL_BOTTOM - 30),
        "CONVENTION HALL",
        font=_font(44),
        fill=COLOURS["hall_text"],
    )
    draw.rectangle((WALL, WALL, right, bottom), outline=COLOURS["wall"], width=6)
    draw.line((WALL, HALL_BOTTOM, right, HALL_BOTTOM), fill=COLOURS["wall"], width=6)
    for door in (300, 600, 900):
        draw.rectangle((door - 40, HALL_BOTTOM - 4, door + 40, HALL_BOTTOM + 4), fill="#FFFFFF")
        _centred_text(
            draw,
            (door - 60, HALL_BOTTOM - 40, door + 60, HALL_BOTTOM - 10),
            "DOOR",
            font=_font(18),
            fill=COLOURS["label"],
        )
    _centred_text(
        draw,
        (WALL, HALL_BOTTOM + 20, 400, HALL_BOTTOM + 60),
        "LOBBY 4F",
        font=_font(26),
        fill=COLOURS["label"],
    )

    # The entrance: an opening in the right-hand wall and an arrow into the lobby.
    draw.rectangle((right - 6, 420, right + 6, 540), fill=COLOURS["floor"])
    draw.polygon(
        [
            (right + 20, 465),
            (1040, 465),
            (1040, 440),
            (990, 480),
            (1040, 520),
            (1040, 495),
            (right + 20, 495),
        ],
        fill=COLOURS["entrance"],
    )
    _centred_text(
        draw, (960, 380, right, 420), "ENTRANCE", font=_font(24), fill=COLOURS["entrance"]
    )

    # The registration desk, near the entrance.
    desk = (975, bottom - 20 - BOOTH_HEIGHT, right - 25, bottom - 20)
    draw.rounded_rectangle(desk, radius=10, fill=COLOURS["desk"], outline=COLOURS["wall"], width=2)
    _centred_text(draw, desk, "REGISTRATION", font=_font(18), fill=COLOURS["wall"])

    # The booths, numbered near their top edge (the page's marker covers the centre).
    for number, box in booth_boxes().items():
        draw.rounded_rectangle(
            box, radius=8, fill=COLOURS["booth"], outline=COLOURS["booth_edge"], width=3
        )
        left, top, right_edge, _bottom = box
        _centred_text(
            draw,
            (left, top + 4, right_edge, top + 30),
            number,
            font=_font(20),
            fill=COLOURS["booth_text"],
        )
    return image


def floor_map_png():
    """The plan as PNG bytes."""
    buffer = BytesIO()
    draw_floor_map().save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
