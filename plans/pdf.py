"""The plan as a PDF (WeasyPrint), served at <plan url>pdf/.

The route lives on the page (RoutablePageMixin), so Wagtail's view restrictions run before it:
a staff-only plan's PDF is as closed as the page. WeasyPrint fetches nothing from the network:
the stylesheet is inlined and every external resource is refused."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.http import HttpResponse
from django.template.loader import render_to_string

PDF_CSS = Path(settings.BASE_DIR) / "site" / "css" / "plans-pdf.css"


def _refuse_fetch(url, *args, **kwargs):
    raise ValueError(f"PDF rendering does not fetch external resources ({url[:60]})")


def render_plan_pdf(page, request) -> bytes:
    from weasyprint import HTML

    context = page.get_context(request)
    context["pdf_css"] = PDF_CSS.read_text(encoding="utf-8") if PDF_CSS.exists() else ""
    html = render_to_string("plans/plan_page_pdf.html", context, request=request)
    return HTML(string=html, base_url=request.build_absolute_uri("/"), url_fetcher=_refuse_fetch).write_pdf()


def plan_pdf_response(page, request) -> HttpResponse:
    response = HttpResponse(render_plan_pdf(page, request), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="handlingsplan-{page.slug}.pdf"'
    # Never let a shared cache keep a plan; restricted plans must not be stored at all.
    restricted = page.get_view_restrictions().exists()
    response["Cache-Control"] = "private, no-store" if restricted else "public, max-age=300"
    return response
