"""The list's own columns: selection for bulk assignment, status, needs, quick actions."""

from wagtail.admin.ui.tables import BaseColumn, Column

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
