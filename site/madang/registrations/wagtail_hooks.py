"""The registration engine in the Wagtail admin: menu, views, permissions, dashboard."""

from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.models import Page

from madang.core.pagecache import pages_showing

from . import delivery_admin, desk_admin, mail_admin, privacy_admin
from .admin_views import RegistrationsViewSet, fill_rate, registration_policy, upcoming, url
from .models import Registrable


@hooks.register("register_admin_viewset")
def register_registrations_viewset():
    return RegistrationsViewSet()


@hooks.register("register_admin_viewset")
def register_mail_delivery_viewset():
    return delivery_admin.DeliveryViewSet()


@hooks.register("construct_homepage_panels")
def add_mail_attention_panel(request, panels):
    panel = delivery_admin.dashboard_panel(request)
    if panel is not None:
        panels.append(panel)


@hooks.register("construct_homepage_panels")
def add_desk_panel(request, panels):
    panel = desk_admin.desk_panel(request)
    if panel is not None:
        panels.append(panel)


@hooks.register("construct_reports_menu")
def hide_reports_from_desk_volunteers(request, menu_items):
    """Not the "Translations" report for a desk volunteer who edits no page (its
    address answers them 403: ``desk_admin.TranslationsReport``); for everyone else,
    labelled in their language (wagtail-localize words it once, at the first request,
    so a Japanese organizer read the Korean 번역)."""
    translations = reverse("wagtail_localize:translations_report")
    if not desk_admin.may_see_translations_report(request.user):
        menu_items[:] = [item for item in menu_items if item.url != translations]
        return
    menu_items[:] = [
        MenuItem(
            _("Translations"),
            item.url,
            name=item.name,
            icon_name=item.icon_name,
            classname=item.classname,
            attrs=item.attrs,
            order=item.order,
        )
        if item.url == translations
        else item
        for item in menu_items
    ]


@hooks.register("register_permissions")
def registration_permissions():
    """Shown in the group editor: who may see registrations, who may act on them."""
    return Permission.objects.filter(
        content_type__app_label="registrations",
        codename__in=["view_registration", "change_registration", "manage_personal_data"],
    )


@hooks.register("register_admin_urls")
def register_personal_data_urls():
    return [
        *privacy_admin.urlpatterns(),
        *mail_admin.urlpatterns(),
        *desk_admin.urlpatterns(),
    ]


class PersonalDataMenuItem(MenuItem):
    def is_shown(self, request):
        return privacy_admin.can_manage(request.user)


@hooks.register("register_settings_menu_item")
def register_personal_data_menu_item():
    return PersonalDataMenuItem(
        _("Personal data"),
        reverse("registrations_personal_data"),
        icon_name="lock",
        order=900,
    )


class UpcomingRegistrationsPanel(Component):
    """The next events and tours with their fill rates, on the admin dashboard."""

    name = "upcoming_registrations"
    template_name = "registrations/admin/dashboard_panel.html"
    order = 90

    def __init__(self, rows):
        self.rows = rows

    def get_context_data(self, parent_context):
        return {
            "rows": [
                {
                    "registrable": row,
                    "fill_rate": fill_rate(row),
                    "url": url("list", row.pk),
                }
                for row in self.rows
            ],
            "index_url": url("index"),
        }


@hooks.register("construct_homepage_panels")
def add_upcoming_registrations_panel(request, panels):
    if not registration_policy.user_has_any_permission(request.user, ["view", "change"]):
        return
    rows = upcoming()
    if rows:
        panels.append(UpcomingRegistrationsPanel(rows))


@hooks.register("madang_pages_showing")
def pages_showing_seats(instance):
    """A registrable's seats and status show on its pages in every language and the
    listings above them (and wherever those pages are shown)."""
    if not isinstance(instance, Registrable):
        return None
    key = instance.parent.key if instance.parent_id else instance.key
    ids = set()
    for page in Page.objects.filter(translation_key=key).live():
        ids |= pages_showing(page)
    return ids
