"""Child rows (inline panels) that are unique within their page.

:func:`unique_field_sets` reads the rules from a child model's constraints
(``UniqueConstraint`` and ``unique_together`` that include the parent key);
the admin form (``core.forms.UniqueRowsPageForm``) validates them and
:class:`UniqueChildRowsMixin` writes the rows so that no rule is broken on
the way: rows are written one at a time, so swapping two booth numbers would
otherwise break the rule between the two writes.
"""

from django.db import models, transaction
from modelcluster.fields import ParentalKey


def unique_field_sets(model, *, parent_field):
    """The tuples of ``model``'s fields that are unique within one parent row."""
    sets = []
    candidates = [tuple(fields) for fields in model._meta.unique_together]
    candidates += [
        tuple(constraint.fields)
        for constraint in model._meta.constraints
        if isinstance(constraint, models.UniqueConstraint)
        and constraint.fields
        and constraint.condition is None
    ]
    for fields in candidates:
        if parent_field in fields:
            rest = tuple(field for field in fields if field != parent_field)
            if rest and rest not in sets:
                sets.append(rest)
    return sets


def _child_relations(model):
    """``[(relation name, child model, parent field name)]`` of ``model``'s ParentalKeys."""
    relations = []
    for relation in model._meta.related_objects:
        if isinstance(relation.remote_field, ParentalKey) and relation.related_name:
            relations.append(
                (relation.get_accessor_name(), relation.related_model, relation.field.name)
            )
    return relations


class UniqueChildRowsMixin(models.Model):
    """Write a page's child rows without breaking their uniqueness rules midway.

    Before the page's rows are written, stored rows whose unique value changes
    are given a placeholder value (``~<id>``) in the same transaction, so the
    rows can then be written in any order.
    """

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        with transaction.atomic():
            self._free_changing_values(only=None if update_fields is None else set(update_fields))
            return super().save(*args, **kwargs)

    def _free_changing_values(self, *, only=None):
        if self.pk is None:
            return
        for name, child_model, parent_field in _child_relations(type(self)):
            if only is not None and name not in only:
                continue
            for fields in unique_field_sets(child_model, parent_field=parent_field):
                field_objects = [child_model._meta.get_field(field) for field in fields]
                if not all(isinstance(field, models.CharField) for field in field_objects):
                    continue
                wanted = {
                    row.pk: tuple(getattr(row, field) for field in fields)
                    for row in getattr(self, name).all()
                    if row.pk is not None
                }
                stored = child_model._default_manager.filter(**{parent_field: self.pk})
                for pk, *values in stored.values_list("pk", *fields):
                    if pk in wanted and wanted[pk] != tuple(values):
                        child_model._default_manager.filter(pk=pk).update(
                            **dict.fromkeys(fields, f"~{pk}")
                        )
