"""Who organizes one event or tour and who works at its desk: the roles page."""

from django import forms
from django.contrib.auth import get_user_model
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from wagtail.admin import messages

from .. import services
from ..models import EventRole
from ..services.event_roles import assign_event_role, remove_event_role
from .base import ActingMixin, url
from .desk import FormPageView


def person_label(user):
    name = user.get_full_name()
    return f"{name} ({user.get_username()})" if name else user.get_username()


class UserChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, user):
        return person_label(user)


class EventRoleForm(forms.Form):
    user = UserChoiceField(label=gettext_lazy("Person"), queryset=get_user_model().objects.none())
    role = forms.ChoiceField(label=gettext_lazy("Role"), choices=EventRole.Kind.choices)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["user"].queryset = (
            get_user_model().objects.filter(is_active=True).order_by("username")
        )


class RolesView(FormPageView):
    """The roles of one registrable, and a form to give one."""

    form_class = EventRoleForm
    template_name = "registrations/admin/roles.html"
    header_icon = "user"

    page_title = gettext_lazy("Roles")

    def page_context(self):
        return {
            "roles": EventRole.objects.filter(registrable=self.registrable).select_related(
                "user", "granted_by"
            ),
        }

    def act(self, form):
        user = form.cleaned_data["user"]
        role = assign_event_role(
            registrable=self.registrable,
            user=user,
            role=form.cleaned_data["role"],
            granted_by=self.request.user,
        )
        name = person_label(user)
        messages.success(
            self.request, _("%(user)s: %(role)s.") % {"user": name, "role": role.get_role_display()}
        )
        return redirect(url("roles", self.registrable.pk))


class RemoveRoleView(ActingMixin, View):
    http_method_names = ["post"]

    def post(self, request, pk, user_id):
        user = get_object_or_404(get_user_model(), pk=user_id)
        try:
            removed = remove_event_role(registrable=self.registrable, user=user)
        except services.RegistrationError as error:
            messages.error(request, error.message)
        else:
            if removed:
                messages.success(
                    request,
                    _("%(user)s no longer has a role for this event.")
                    % {"user": person_label(user)},
                )
        return redirect(url("roles", pk))
