"""The list's own columns: selection for bulk assignment, status, needs, quick actions."""

from django.utils.translation import gettext as _
from wagtail.admin.ui.tables import BaseColumn, ButtonsColumnMixin, Column, TitleColumn

from .actions import quick_actions


class SelectColumn(BaseColumn):
    """A checkbox per row that belongs to the bulk assignment form (by its id)."""

    header_template_name = "registrations/admin/select_header.html"
    cell_template_name = "registrations/admin/select_cell.html"


class StatusColumn(Column):
    cell_template_name = "registrations/admin/status_cell.html"


class NeedsColumn(Column):
    cell_template_name = "registrations/admin/needs_cell.html"


class ActionsColumn(BaseColumn):
    """Quick POST actions that belong to the row action form (by its id)."""

    cell_template_name = "registrations/admin/actions_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["actions"] = quick_actions(instance)
        return context


class TitleWithButtonsColumn(ButtonsColumnMixin, TitleColumn):
    """The linked title with the row's "more" buttons (``buttons_for(row)``), as Wagtail's
    own listings show them."""

    def __init__(self, name, *, buttons_for, **kwargs):
        super().__init__(name, **kwargs)
        self.buttons_for = buttons_for

    def get_buttons(self, instance, parent_context):
        return self.buttons_for(instance)


def leading_columns(view, select_column, title_name, **title_options):
    """The first columns of a list: a tick box (of ``select_column``) for those who may
    change the rows, then the title column ``title_name``."""
    columns = [select_column("select", label=_("Select"))] if view.can_change() else []
    columns.append(
        TitleWithButtonsColumn(title_name, buttons_for=view.get_list_buttons, **title_options)
    )
    return columns
