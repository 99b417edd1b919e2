"""Abstract illustrations for the demo, drawn with Pillow at run time.

Every picture is a soft two-colour gradient with a few simple shapes in a calm
palette. Drawing is seeded, so the same key always gives the same picture and
nothing has to be downloaded or kept in the repository.
"""

import math
import random
from io import BytesIO

from PIL import Image, ImageDraw, ImageFilter

WIDTH, HEIGHT = 1200, 800

PALETTES = {
    "dawn": {
        "sky": ("#FBF1E8", "#F1C7B3"),
        "glow": "#FFF8F0",
        "shapes": ("#E39A82", "#C8735D", "#8DB7A7", "#F6D9C4", "#5C8A82"),
    },
    "sea": {
        "sky": ("#EAF4F5", "#B6DADF"),
        "glow": "#F8FCFC",
        "shapes": ("#6BA6B3", "#3E7B8A", "#F1D6B2", "#9BC8C0", "#2E5C6A"),
    },
    "meadow": {
        "sky": ("#F3F6E8", "#CDE0B6"),
        "glow": "#FCFDF6",
        "shapes": ("#8CB179", "#5D8A59", "#F3D48B", "#C5DCAE", "#3E6A49"),
    },
    "dusk": {
        "sky": ("#F0ECF6", "#C8BDE2"),
        "glow": "#FBF9FE",
        "shapes": ("#8D7BC2", "#5A4D8B", "#F2C5A4", "#B8ADDB", "#3C3465"),
    },
    "sand": {
        "sky": ("#FBF5E6", "#EAD2A3"),
        "glow": "#FFFDF6",
        "shapes": ("#D8A05A", "#B47639", "#9ABEA9", "#F2E1BD", "#6C5233"),
    },
}


def _rgba(hex_colour, alpha=255):
    hex_colour = hex_colour.lstrip("#")
    return (*(int(hex_colour[i : i + 2], 16) for i in (0, 2, 4)), alpha)


def _background(palette):
    top, bottom = (Image.new("RGB", (WIDTH, HEIGHT), _rgba(c)[:3]) for c in palette["sky"])
    vertical = Image.linear_gradient("L").resize((WIDTH, HEIGHT))
    image = Image.composite(bottom, top, vertical)
    # A soft light in the upper part of the picture.
    glow = Image.new("RGB", (WIDTH, HEIGHT), _rgba(palette["glow"])[:3])
    radial = Image.radial_gradient("L").resize((WIDTH * 2, HEIGHT * 2))
    radial = radial.crop((WIDTH // 2, HEIGHT // 3, WIDTH // 2 + WIDTH, HEIGHT // 3 + HEIGHT))
    return Image.composite(image, glow, radial).convert("RGBA")


def _layer():
    layer = Image.new("RGBA", (WIDTH, HEIGHT), (0, 0, 0, 0))
    return layer, ImageDraw.Draw(layer)


def _soft(canvas, layer, blur=1.5):
    # Blur in premultiplied alpha so soft edges keep their colour (no dark halo).
    # Only the part of the layer with shapes on it, and a margin wider than the blur
    # reaches (three box passes of at most ``blur`` + 1 pixels each), is blurred: the
    # transparent rest stays transparent, so the picture is the same to the byte.
    box = layer.getbbox()
    if box is None:
        return canvas
    margin = 3 * (math.ceil(blur) + 1) + 2
    box = (
        max(box[0] - margin, 0),
        max(box[1] - margin, 0),
        min(box[2] + margin, WIDTH),
        min(box[3] + margin, HEIGHT),
    )
    part = layer.crop(box).convert("RGBa").filter(ImageFilter.GaussianBlur(blur)).convert("RGBA")
    blurred = Image.new("RGBA", (WIDTH, HEIGHT), (0, 0, 0, 0))
    blurred.paste(part, box[:2])
    return Image.alpha_composite(canvas, blurred)


def _circle(draw, x, y, r, fill):
    draw.ellipse((x - r, y - r, x + r, y + r), fill=fill)


def _hills(canvas, rng, colours, *, base=0.62, count=3):
    for i in range(count):
        layer, draw = _layer()
        top = HEIGHT * (base + i * 0.1)
        amplitude = 30 + rng.random() * 40
        phase = rng.random() * math.tau
        wavelength = 500 + rng.random() * 500
        points = [
            (x, top + amplitude * math.sin(phase + x / wavelength * math.tau))
            for x in range(0, WIDTH + 20, 20)
        ]
        draw.polygon([*points, (WIDTH, HEIGHT), (0, HEIGHT)], fill=_rgba(colours[i], 200))
        canvas = _soft(canvas, layer, 2)
    return canvas


def _gathering(canvas, rng, shapes):
    """Circles of different sizes gathered in a ring around an open yard."""
    layer, draw = _layer()
    cx, cy = WIDTH / 2, HEIGHT * 0.55
    _circle(draw, cx, cy, 170, _rgba(shapes[3], 170))
    canvas = _soft(canvas, layer, 6)
    layer, draw = _layer()
    count = 11
    for i in range(count):
        angle = math.tau * i / count + rng.random() * 0.15
        radius = 250 + rng.random() * 30
        r = 34 + rng.random() * 26
        _circle(
            draw,
            cx + radius * math.cos(angle),
            cy + radius * 0.72 * math.sin(angle),
            r,
            _rgba(shapes[i % 3 if i % 3 != 2 else 4], 215),
        )
    canvas = _soft(canvas, layer)
    layer, draw = _layer()
    for _ in range(18):
        _circle(
            draw,
            rng.random() * WIDTH,
            rng.random() * HEIGHT * 0.45,
            4 + rng.random() * 6,
            _rgba(shapes[2], 140),
        )
    return _soft(canvas, layer, 1)


def _neighbourhood(canvas, rng, shapes):
    """Green hills with small houses between them."""
    layer, draw = _layer()
    _circle(draw, WIDTH * 0.78, HEIGHT * 0.24, 70, _rgba(shapes[2], 230))
    canvas = _soft(canvas, layer, 3)
    canvas = _hills(canvas, rng, (shapes[3], shapes[0], shapes[1]), base=0.5)
    layer, draw = _layer()
    for i in range(7):
        x = 120 + i * 150 + rng.random() * 40
        y = HEIGHT * (0.66 + rng.random() * 0.12)
        w, h = 70 + rng.random() * 20, 54 + rng.random() * 16
        colour = _rgba(shapes[3 if i % 2 else 2], 235)
        draw.rounded_rectangle((x, y, x + w, y + h), radius=8, fill=colour)
        draw.polygon(
            [(x - 10, y + 4), (x + w / 2, y - 38), (x + w + 10, y + 4)],
            fill=_rgba(shapes[4], 220),
        )
        draw.rounded_rectangle(
            (x + w / 2 - 9, y + h - 26, x + w / 2 + 9, y + h), radius=4, fill=_rgba(shapes[4], 180)
        )
    return _soft(canvas, layer, 1)


def _walking(canvas, rng, shapes):
    """A winding path with small figures walking along it."""
    canvas = _hills(canvas, rng, (shapes[3], shapes[2]), base=0.45, count=2)
    layer, draw = _layer()
    points = []
    for step in range(0, 101):
        t = step / 100
        x = -40 + t * (WIDTH + 80)
        y = HEIGHT * 0.78 - t * HEIGHT * 0.25 + 60 * math.sin(t * math.tau * 1.3)
        points.append((x, y))
    draw.line(points, fill=_rgba(shapes[3], 255), width=70, joint="curve")
    canvas = _soft(canvas, layer, 2)
    layer, draw = _layer()
    for i in range(9):
        x, y = points[8 + i * 10]
        _circle(draw, x, y - 52, 14, _rgba(shapes[i % 2], 235))
        draw.rounded_rectangle(
            (x - 13, y - 36, x + 13, y + 8), radius=12, fill=_rgba(shapes[i % 2], 235)
        )
    return _soft(canvas, layer, 1)


def _exchange(canvas, rng, shapes):
    """Two groups of circles on either shore, joined by an arch."""
    layer, draw = _layer()
    for i in range(4):
        y = HEIGHT * (0.7 + i * 0.07)
        draw.rectangle((0, y, WIDTH, y + 26), fill=_rgba(shapes[3], 120 - i * 20))
    canvas = _soft(canvas, layer, 4)
    layer, draw = _layer()
    draw.arc((230, 210, 970, 830), start=180, end=360, fill=_rgba(shapes[4], 220), width=22)
    canvas = _soft(canvas, layer, 1.5)
    layer, draw = _layer()
    for cx, colour in ((230, shapes[0]), (970, shapes[2])):
        for _ in range(7):
            _circle(
                draw,
                cx + (rng.random() - 0.5) * 190,
                520 + (rng.random() - 0.5) * 110,
                22 + rng.random() * 22,
                _rgba(colour, 220),
            )
    return _soft(canvas, layer, 1.2)


def _conference(canvas, rng, shapes):
    """Rows of listeners in front of a stage."""
    layer, draw = _layer()
    draw.rounded_rectangle((330, 110, 870, 300), radius=28, fill=_rgba(shapes[3], 220))
    draw.rounded_rectangle((380, 150, 820, 180), radius=12, fill=_rgba(shapes[2], 200))
    draw.rounded_rectangle((380, 205, 700, 230), radius=12, fill=_rgba(shapes[2], 160))
    canvas = _soft(canvas, layer, 2)
    layer, draw = _layer()
    for row in range(4):
        y = 400 + row * 95
        count = 9 + row * 2
        spread = 620 + row * 150
        for i in range(count):
            x = WIDTH / 2 - spread / 2 + spread * i / (count - 1)
            r = 20 + row * 4 + rng.random() * 3
            _circle(draw, x, y, r, _rgba(shapes[(i + row) % 2 * 4 if (i + row) % 3 else 0], 215))
    return _soft(canvas, layer, 1.2)


def _harbour(canvas, rng, shapes):
    """Calm waves under a rising sun."""
    layer, draw = _layer()
    _circle(draw, WIDTH * 0.5, HEIGHT * 0.5, 150, _rgba(shapes[2], 235))
    canvas = _soft(canvas, layer, 4)
    for band in range(5):
        layer, draw = _layer()
        top = HEIGHT * (0.52 + band * 0.09)
        phase = rng.random() * math.tau
        points = [(x, top + 14 * math.sin(phase + x / 90)) for x in range(0, WIDTH + 10, 10)]
        colour = shapes[(0, 3, 1, 4, 0)[band]]
        draw.polygon([*points, (WIDTH, HEIGHT), (0, HEIGHT)], fill=_rgba(colour, 170 + band * 15))
        canvas = _soft(canvas, layer, 1.5)
    return canvas


def _research(canvas, rng, shapes):
    """Columns of different heights with points joined by a line."""
    layer, draw = _layer()
    tops = []
    for i in range(8):
        x = 170 + i * 115
        height = 160 + rng.random() * 320
        top = HEIGHT - 120 - height
        draw.rounded_rectangle(
            (x, top, x + 70, HEIGHT - 120), radius=18, fill=_rgba(shapes[3 if i % 2 else 0], 210)
        )
        tops.append((x + 35, top - 40))
    canvas = _soft(canvas, layer, 1.5)
    layer, draw = _layer()
    draw.line(tops, fill=_rgba(shapes[4], 220), width=8, joint="curve")
    for x, y in tops:
        _circle(draw, x, y, 16, _rgba(shapes[2], 240))
    return _soft(canvas, layer, 1)


def _courtyard(canvas, rng, shapes):
    """Low buildings around an open yard."""
    layer, draw = _layer()
    draw.ellipse((300, 470, 900, 720), fill=_rgba(shapes[3], 200))
    canvas = _soft(canvas, layer, 5)
    layer, draw = _layer()
    for x, w, h, colour in (
        (90, 260, 300, shapes[0]),
        (380, 200, 220, shapes[4]),
        (620, 210, 260, shapes[2]),
        (860, 250, 320, shapes[1]),
    ):
        top = 500 - h
        draw.rounded_rectangle((x, top, x + w, 520), radius=16, fill=_rgba(colour, 225))
        for row in range(int(h // 80)):
            for col in range(int(w // 70)):
                wx, wy = x + 22 + col * 70, top + 26 + row * 80
                draw.rounded_rectangle(
                    (wx, wy, wx + 36, wy + 42), radius=10, fill=_rgba("#FFFFFF", 150)
                )
    return _soft(canvas, layer, 1.2)


MOTIFS = {
    "gathering": _gathering,
    "neighbourhood": _neighbourhood,
    "walking": _walking,
    "exchange": _exchange,
    "conference": _conference,
    "harbour": _harbour,
    "research": _research,
    "courtyard": _courtyard,
}


def draw_illustration(*, motif, palette, seed):
    """Return a 1200×800 RGB picture of ``motif`` in ``palette``."""
    rng = random.Random(seed)
    colours = PALETTES[palette]
    canvas = _background(colours)
    canvas = MOTIFS[motif](canvas, rng, colours["shapes"])
    return canvas.convert("RGB")


def illustration_jpeg(*, motif, palette, seed, quality=86):
    """The illustration as JPEG bytes."""
    buffer = BytesIO()
    draw_illustration(motif=motif, palette=palette, seed=seed).save(
        buffer, format="JPEG", quality=quality, optimize=True, progressive=True
    )
    return buffer.getvalue()
