"""Files attached to confirmation mails: the calendar entry and the check-in QR code."""

import io

import segno


def checkin_qr(registration):
    """The check-in QR code (``segno.QRCode``): the registration's code, read at the desk.

    A full QR code, never a Micro QR (which phones' and browsers' barcode
    readers often skip): version 1 (21 modules) for an 8-character code.
    """
    return segno.make(registration.code, error="m", micro=False)


def qr_png(registration, *, scale=8):
    """The check-in QR code as PNG, 200 px wide for an 8-character code."""
    buffer = io.BytesIO()
    checkin_qr(registration).save(buffer, kind="png", scale=scale, border=2)
    return buffer.getvalue()


def qr_file(registration):
    return (f"checkin-{registration.code}.png", qr_png(registration), "image/png")


def calendar_file(registration):
    """``(filename, bytes, mimetype)`` from the registrable page, or None.

    The page decides what goes in (the event, or the delegate's own
    itinerary): ``registration_calendar(registration=…)`` of the contract.
    """
    page = registration.registrable.page_in(registration.correspondence_language)
    if page is None:
        return None
    data = page.registration_calendar(registration=registration)
    if not data:
        return None
    return ("invite.ics", data, "text/calendar")
