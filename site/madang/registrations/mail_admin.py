"""A mail as its reader sees it, in the admin: subject, the HTML in a sandboxed frame,
the plain text with its links, and the attachments' names.

Organizers open it from a registration's mails; in development the mail
backend (``devmail.py``) prints a link to it for every mail the site sends, so
nobody has to read MIME in a terminal. A mail the worker has not rendered yet
is rendered here, in its reader's language, without changing the row.
"""

from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin

from . import delivery, mails, roles
from .admin_views import registration_policy, url
from .models import MailKind, OutboxMail


def rendered(mail):
    """``(subject, text, html)`` of an outbox row, rendered now if the worker has not yet."""
    if mail.rendered or mail.registration is None:
        return mail.subject, mail.text, mail.html
    custom = mail.kind == MailKind.MESSAGE
    return mails.render(
        mail.registration,
        mail.kind,
        activity=mail.activity,
        subject=mail.subject if custom else None,
        body=mail.text if custom else None,
    )


def attachment_names(mail):
    names = []
    if mail.attach_calendar:
        names.append("invite.ics")
    if mail.attach_qr and mail.registration is not None:
        names.append(f"checkin-{mail.registration.code}.png")
    return names


class MailView(PermissionCheckedMixin, WagtailAdminTemplateMixin, View):
    permission_policy = registration_policy
    any_permission_required = ["view", "change"]
    template_name = "registrations/admin/mail.html"
    header_icon = "mail"

    page_title = gettext_lazy("Mail")

    @cached_property
    def mail(self):
        return get_object_or_404(
            OutboxMail.objects.select_related(
                "registration", "registration__registrable", "resend_of", "resent_as"
            ),
            uuid=self.kwargs["uuid"],
        )

    def user_has_permission(self, permission):
        """A global permission, or the organizer's role for the mail's event (``roles.py``)."""
        registration = self.mail.registration
        if registration is None:
            return registration_policy.user_has_permission(self.request.user, permission)
        return roles.allows(self.request.user, permission, registration.registrable)

    def user_has_any_permission(self, permissions):
        return any(self.user_has_permission(permission) for permission in permissions)

    def get_breadcrumbs_items(self):
        items = [
            {"url": reverse("wagtailadmin_home"), "label": _("Home")},
            {"url": url("index"), "label": _("Registrations")},
        ]
        registration = self.mail.registration
        if registration is not None:
            items.append(
                {
                    "url": url("list", registration.registrable_id),
                    "label": str(registration.registrable),
                }
            )
            items.append({"url": url("detail", registration.pk), "label": registration.name})
        return [*items, {"url": "", "label": self.get_page_title()}]

    def get(self, request, uuid):
        subject, text, html = rendered(self.mail)
        # Links open outside the preview's frame, as they would from a mail program.
        html = html.replace("<head>", '<head><base target="_blank">', 1)
        context = self.get_context_data(
            mail=self.mail,
            events=self.mail.events.order_by("occurred_at", "pk"),
            resendable=delivery.resendable().filter(pk=self.mail.pk).exists(),
            can_change=self.user_has_permission("change"),
            resend_url=reverse("mail_delivery:resend"),
            delivery_url=reverse("mail_delivery:index"),
            subject=subject,
            text=text,
            html=html,
            attachments=attachment_names(self.mail),
        )
        return TemplateResponse(request, self.template_name, context)


def mail_url(mail):
    return reverse("registrations_mail", args=[mail.uuid])


def urlpatterns():
    return [path("registration-mails/<uuid:uuid>/", MailView.as_view(), name="registrations_mail")]
