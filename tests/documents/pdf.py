"""Reading PDFs back with poppler-utils, as a person's PDF reader would."""

import subprocess


def text(pdf, *, layout=True, first=None, last=None):
    """The PDF's text (``pdftotext``; ``-layout`` keeps columns side by side on one line)."""
    args = ["pdftotext", "-enc", "UTF-8"]
    if layout:
        args.append("-layout")
    if first:
        args += ["-f", str(first)]
    if last:
        args += ["-l", str(last)]
    result = subprocess.run([*args, "-", "-"], input=pdf, capture_output=True, check=True)
    return result.stdout.decode()


def lines(pdf, **kwargs):
    """The non-empty lines of the text, with runs of spaces squeezed to one."""
    return [" ".join(line.split()) for line in text(pdf, **kwargs).splitlines() if line.strip()]


def fonts(pdf):
    """``[(name, embedded)]`` of the fonts (``pdffonts``), name without the subset prefix."""
    result = subprocess.run(["pdffonts", "-"], input=pdf, capture_output=True, check=True)
    found = []
    for line in result.stdout.decode().splitlines()[2:]:
        parts = line.split()
        name = parts[0].split("+", 1)[-1]
        # name type… encoding emb sub uni object-id generation
        found.append((name, parts[-5] == "yes"))
    return found


def pages(pdf):
    result = subprocess.run(["pdfinfo", "-"], input=pdf, capture_output=True, check=True)
    for line in result.stdout.decode().splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    return 0


def page_size(pdf):
    """The first page's size in points, e.g. ``"595.276 x 841.89"`` for A4."""
    result = subprocess.run(["pdfinfo", "-"], input=pdf, capture_output=True, check=True)
    for line in result.stdout.decode().splitlines():
        if line.startswith("Page size:"):
            return " ".join(line.split()[2:5])
    return ""
