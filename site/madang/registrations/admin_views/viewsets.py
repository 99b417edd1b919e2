"""The viewset that puts the registrations admin under ``/admin/registrations/``."""

from django.urls import path
from django.utils.translation import gettext_lazy
from wagtail.admin.menu import MenuItem as AdminMenuItem
from wagtail.admin.viewsets.base import ViewSet

from .. import roles
from .base import NAMESPACE
from .corrections import CorrectView
from .desk import CheckInView, SettingsView, WalkInView, WriteView
from .listing import RegistrableIndexView, RegistrationIndexView
from .roles_admin import RemoveRoleView, RolesView
from .views import AddSeatsView, AssignView, RegistrationActionView, RegistrationDetailView


class RegistrationsMenuItem(AdminMenuItem):
    def is_shown(self, request):
        return roles.may_use_registrations_admin(request.user)


class RegistrationsViewSet(ViewSet):
    name = NAMESPACE
    url_prefix = "registrations"
    icon = "group"
    menu_label = gettext_lazy("Registrations")
    menu_icon = "group"
    menu_order = 250
    add_to_admin_menu = True
    menu_item_class = RegistrationsMenuItem

    def get_urlpatterns(self):
        index = RegistrableIndexView.as_view()
        index_results = RegistrableIndexView.as_view(results_only=True)
        listing = RegistrationIndexView.as_view()
        listing_results = RegistrationIndexView.as_view(results_only=True)
        return [
            path("", index, name="index"),
            path("results/", index_results, name="index_results"),
            path("<int:pk>/", listing, name="list"),
            path("<int:pk>/results/", listing_results, name="list_results"),
            path("<int:pk>/seats/", AddSeatsView.as_view(), name="add_seats"),
            path("<int:pk>/assign/", AssignView.as_view(), name="assign"),
            path("<int:pk>/write/", WriteView.as_view(), name="write"),
            path("<int:pk>/check-in/", CheckInView.as_view(), name="check_in"),
            path("<int:pk>/walk-in/", WalkInView.as_view(), name="walk_in"),
            path("<int:pk>/settings/", SettingsView.as_view(), name="settings"),
            path("<int:pk>/roles/", RolesView.as_view(), name="roles"),
            path(
                "<int:pk>/roles/<int:user_id>/remove/",
                RemoveRoleView.as_view(),
                name="remove_role",
            ),
            path("registration/<int:pk>/", RegistrationDetailView.as_view(), name="detail"),
            path("registration/<int:pk>/correct/", CorrectView.as_view(), name="correct"),
            path(
                "registration/<int:pk>/<slug:action>/",
                RegistrationActionView.as_view(),
                name="action",
            ),
        ]
