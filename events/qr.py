"""QR codes of registration links, as SVG for screens and printed posters."""

import segno

# Error correction level M (15%) survives a crease or a smudge on a poster;
# segno raises it further when the data leaves room at the same symbol size.
QR_OPTIONS = {"error": "m", "micro": False}
# One module is 1 mm: a typical link gives a code of 3.3 to 4.5 cm with its
# quiet zone, well above the 2 cm minimum for phones at reading distance; the
# SVG is a vector, so a poster template can enlarge it freely.
MODULE_SIZE_MM = 1


def qr_code(url):
    return segno.make(url, **QR_OPTIONS)


def qr_svg(*, url, title):
    """An SVG document of the QR code of ``url``, black on white.

    ``title`` (translated by the caller, e.g. "QR code for registration") is the
    SVG's accessible name; the address itself is its description.
    """
    svg = qr_code(url).svg_inline(
        scale=MODULE_SIZE_MM,
        unit="mm",
        dark="#000",
        light="#fff",
        title=title,
        desc=url,
        svgclass="qr-code",
        lineclass=None,
    )
    # An image to assistive technology, named by its <title>.
    return '<?xml version="1.0" encoding="utf-8"?>\n' + svg.replace(
        "<svg ", '<svg xmlns="http://www.w3.org/2000/svg" role="img" ', 1
    )
