"""The centre's translation status report in the admin (Reports → Oversættelser)."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView

from core import translation_status
from core.permissions import is_centre_editor


def user_may_see_translation_status(user) -> bool:
    """The centre's editors and superusers; not the municipalities' editors."""
    return is_centre_editor(user)


class TranslationStatusView(ReportView):
    page_title = "Oversættelser"
    header_icon = "globe"
    index_url_name = "core_translation_status"
    index_results_url_name = "core_translation_status_results"
    template_name = "core/admin/translation_status.html"
    paginate_by = None

    def dispatch(self, request, *args, **kwargs):
        if not user_may_see_translation_status(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_filename(self):
        return f"oversaettelser-{dt.date.today():%Y-%m-%d}"

    @property
    def report(self):
        if not hasattr(self, "_report"):
            self._report = translation_status.report()
        return self._report

    @property
    def languages(self) -> list[str]:
        return list(self.report[1])

    @property
    def columns(self):
        columns = [
            TitleColumn("title", label="Side eller tekst", get_url=lambda row: row.edit_url),
            Column("kind", label="Type"),
        ]
        for code in self.languages:
            columns.append(Column(f"status_{code}", label=translation_status.language_name(code),
                                  accessor=lambda row, code=code: row.label(code)))
        return columns

    @property
    def list_export(self):
        return ["title", "kind"] + [f"status_{code}" for code in self.languages]

    @property
    def export_headings(self):
        headings = {"title": "Side eller tekst", "kind": "Type"}
        headings.update({f"status_{code}": translation_status.language_name(code) for code in self.languages})
        return headings

    def to_row_dict(self, item):
        return {"title": item.title, "kind": item.kind,
                **{f"status_{code}": item.label(code) for code in self.languages}}

    def get_queryset(self):
        rows, _counts = self.report
        language = self.request.GET.get("sprog")
        status = self.request.GET.get("status")
        if language in self.languages and status in translation_status.LABELS:
            rows = [row for row in rows if row.statuses[language] == status]
        return rows

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["summary"] = translation_status.summary_from(self.report[1])
        context["labels"] = translation_status.LABELS
        return context
