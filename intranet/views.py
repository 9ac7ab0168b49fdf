"""/intranet/v1/<lang>/<municipality>/ (JSON), …/fragment/ (HTML to include) and …/embed/ (a page
for an iframe). A public plan is open to all; a staff-only plan only with an intranet key of its own
municipality (Authorization: Bearer …) or to a signed-in reader its restriction lets in."""

from __future__ import annotations

from csp.decorators import csp_replace
from django.http import JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.views.decorators.clickjacking import xframe_options_exempt
from wagtail.log_actions import log

from intranet.models import IntranetKey, frame_origins_for
from plans.models import PlanPage

LANGUAGES = {"da", "en", "ar"}


class Refused(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status, self.message = status, message


def _bearer(request) -> str | None:
    header = request.headers.get("Authorization", "")
    if header[:7].lower() == "bearer ":
        return header[7:].strip()
    return None


def _plan_for(request, lang: str, slug: str):
    if lang not in LANGUAGES:
        raise Refused(404, "Planen findes ikke.")
    plan = PlanPage.objects.live().filter(locale__language_code=lang, municipality__slug=slug).select_related(
        "municipality").first()
    if plan is None:
        raise Refused(404, "Planen findes ikke.")
    restrictions = list(plan.get_view_restrictions())
    token = _bearer(request)
    key = None
    if token is not None:
        key = IntranetKey.objects.for_key(token)
        if key is None:
            raise Refused(401, "Nøglen er ugyldig eller spærret.")
        if key.municipality_id != plan.municipality_id:
            raise Refused(403, "Nøglen gælder en anden kommunes plan.")
        IntranetKey.objects.filter(pk=key.pk).update(last_used_at=timezone.now())
        log(instance=key, action="intranet.key_used", data={"path": request.path[:200]})
    elif restrictions and not all(r.accept_request(request) for r in restrictions):
        raise Refused(401, "Planen er kun for kommunens medarbejdere: brug en intranet-nøgle.")
    return plan


def _refusal(request, refused: Refused, html: bool):
    if html:
        response = render(request, "intranet/refused.html", {"message": refused.message}, status=refused.status)
    else:
        response = JsonResponse({"detail": refused.message}, status=refused.status)
    response["Cache-Control"] = "no-store"
    return response


def _body_html(request, plan) -> str:
    return render_to_string("intranet/plan_body.html", plan.get_context(request), request=request)


def _private(response, plan):
    response["Cache-Control"] = "private, no-store" if plan.get_view_restrictions().exists() else "public, max-age=300"
    response["Vary"] = "Authorization, Cookie"
    return response


def plan_json(request, lang, slug):
    with translation.override(lang if lang in LANGUAGES else "da"):
        try:
            plan = _plan_for(request, lang, slug)
        except Refused as refused:
            return _refusal(request, refused, html=False)
        data = {
            "id": plan.id,
            "title": plan.title,
            "municipality": plan.municipality.name,
            "language": lang,
            "url": plan.full_url,
            "last_published_at": plan.last_published_at.isoformat() if plan.last_published_at else None,
            "summary": plan.summary,
            "text_blocks": plan.text_blocks,
            "body_html": _body_html(request, plan),
        }
        return _private(JsonResponse(data, json_dumps_params={"ensure_ascii": False}), plan)


def plan_fragment(request, lang, slug):
    with translation.override(lang if lang in LANGUAGES else "da"):
        try:
            plan = _plan_for(request, lang, slug)
        except Refused as refused:
            return _refusal(request, refused, html=True)
        response = render(request, "intranet/fragment.html", {**plan.get_context(request), "page": plan})
        return _private(response, plan)


def plan_embed(request, lang, slug):
    """The plan as a page for the intranet's iframe: framing allowed from the origins its
    municipality listed with its keys; with none listed it keeps refusing to be framed."""
    with translation.override(lang if lang in LANGUAGES else "da"):
        try:
            plan = _plan_for(request, lang, slug)
        except Refused as refused:
            return _refusal(request, refused, html=True)
        response = render(request, "intranet/embed.html", {**plan.get_context(request), "page": plan})
        _private(response, plan)
        origins = frame_origins_for(plan.municipality_id)
        if not origins:
            return response
        framed = csp_replace({"frame-ancestors": origins})(xframe_options_exempt(lambda r: response))
        return framed(request)
