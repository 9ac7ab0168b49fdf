"""The search page (/da/soeg/, /en/search/, /ar/bahth/), the JSON API (/api/search/) and autocomplete."""

import logging

from django.http import JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.http import urlencode
from django.views.decorators.http import require_GET

from core.phone import display as phone_display
from search import service
from search.access import Viewer
from search.query import LANGUAGES, MAX_QUERY_LENGTH, SearchInputError, SearchRequest, normalise

logger = logging.getLogger(__name__)

# Interface texts. Sentences with values are whole format strings ({q}, {n}, {suggestion},
# {original}, {phone} are filled in by _sentences()), so each language keeps its own word order and
# punctuation; Arabic counts are phrased so that they need no plural forms.
TEXT = {
    "da": {
        "title": "Søg", "label": "Søg på sitet", "button": "Søg", "empty": "Skriv et eller flere ord for at søge.",
        "none": "Ingen resultater for {q}.", "count_many": "{n} resultater for {q}", "count_one": "{n} resultat for {q}",
        "did_you_mean": "Mente du {suggestion}?", "showing_for": "Viser resultater for {suggestion}.",
        "instead": "Søg i stedet efter {original}.",
        "filters": "Afgræns", "type": "Indholdstype", "municipality": "Kommune",
        "police_district": "Politikreds", "intervention_level": "Indsatsniveau", "all": "Alle",
        "apply": "Afgræns søgningen", "clear": "Fjern filtre", "previous": "Forrige", "next": "Næste",
        "page": "Side", "of": "af", "promoted": "Anbefalet", "fallback": "Søgningen kører i reservetilstand.",
        "tips": "Prøv færre eller andre ord, eller ring til den nationale rådgivning på {phone}.",
        "pagination": "Sider", "suggestions": "{n} forslag. Brug piletasterne.",
    },
    "en": {
        "title": "Search", "label": "Search the site", "button": "Search",
        "empty": "Type one or more words to search.", "none": "No results for {q}.",
        "count_many": "{n} results for {q}", "count_one": "{n} result for {q}",
        "did_you_mean": "Did you mean {suggestion}?", "showing_for": "Showing results for {suggestion}.",
        "instead": "Search instead for {original}.", "filters": "Filter", "type": "Content type",
        "municipality": "Municipality", "police_district": "Police district",
        "intervention_level": "Intervention level", "all": "All", "apply": "Filter the search",
        "clear": "Clear filters", "previous": "Previous", "next": "Next", "page": "Page", "of": "of",
        "promoted": "Recommended", "fallback": "Search is running in fallback mode.",
        "tips": "Try fewer or different words, or call the national advice line on {phone}.",
        "pagination": "Pages", "suggestions": "{n} suggestions. Use the arrow keys.",
    },
    "ar": {
        "title": "البحث", "label": "ابحث في الموقع", "button": "بحث",
        "empty": "اكتب كلمة واحدة أو أكثر للبحث.", "none": "لا توجد نتائج للبحث عن {q}.",
        "count_many": "عدد نتائج البحث عن {q}: {n}", "count_one": "نتيجة واحدة للبحث عن {q}",
        "did_you_mean": "هل تقصد {suggestion}؟", "showing_for": "نعرض نتائج البحث عن {suggestion}.",
        "instead": "ابحث بدلًا من ذلك عن {original}.", "filters": "تصفية النتائج", "type": "نوع المحتوى",
        "municipality": "البلدية", "police_district": "دائرة الشرطة",
        "intervention_level": "مستوى التدخل", "all": "الكل", "apply": "تصفية نتائج البحث",
        "clear": "إلغاء التصفية", "previous": "السابق", "next": "التالي", "page": "الصفحة", "of": "من",
        "promoted": "موصى به", "fallback": "يعمل البحث الآن في الوضع الاحتياطي.",
        "tips": "جرّب كلمات أقل أو كلمات أخرى، أو اتصل بخط الاستشارة الوطني على الرقم {phone}.",
        "pagination": "الصفحات", "suggestions": "عدد الاقتراحات: {n}. استخدم مفاتيح الأسهم للتنقل بينها.",
    },
}
# The national advice line, shown in the tips when nothing is found (as the reader expects a
# phone number: +45 for English and Arabic readers, left-to-right inside Arabic text).
ADVICE_LINE = "4174 9090"
FACET_PARAMS = {"type": "type", "municipality": "municipality", "police_district": "district",
                "intervention_level": "level"}


def _language():
    language = (translation.get_language() or "da").split("-")[0]
    return language if language in LANGUAGES else "da"


def search_path(language):
    """The search page in a language: /da/soeg/, /en/search/, /ar/bahth/ (search/urls.py)."""
    with translation.override(language if language in LANGUAGES else "da"):
        return reverse("search")


@require_GET
def search_page(request):
    language = _language()
    text = TEXT[language]
    context = {"text": text, "language": language, "action": search_path(language),
               "max_length": MAX_QUERY_LENGTH, "query": normalise(request.GET.get("q", ""))[:MAX_QUERY_LENGTH * 2]}
    try:
        search_request = SearchRequest.from_params(_without_lang(request.GET), language=language)
    except SearchInputError as error:
        context["error"] = error.message(language)
        return render(request, "sitesearch/search.html", context, status=400)
    context["search"] = search_request
    if search_request.q and not search_request.tokens:
        context["error"] = text["empty"]
    elif search_request.q:
        response = service.search(search_request, Viewer.for_user(request.user))
        context["response"] = response
        context["facets"] = _facet_context(response, search_request, language)
        context["pagination"] = _pagination(response, search_request)
        context["sentences"] = _sentences(response, search_request, text, language)
    return render(request, "sitesearch/search.html", context)


def _sentences(response, search_request, text, language) -> dict:
    """The result count, the no-results text with tips, and did-you-mean, as safe HTML in the
    reader's language. The reader's words are isolated (<bdi>) so that Latin words inside Arabic
    text, or the other way round, keep their order."""
    out = {}
    query = format_html("<strong><bdi>{}</bdi></strong>",
                        response.suggestion if response.corrected else search_request.q)
    if response.total:
        template = text["count_one"] if response.total == 1 else text["count_many"]
        out["count"] = format_html(template, n=response.total, q=query)
    else:
        out["none"] = format_html(text["none"], q=query)
        phone = format_html('<span class="search-phone">{}</span>', phone_display(ADVICE_LINE))
        out["tips"] = format_html(text["tips"], phone=phone)
    if response.suggestion:
        path = search_path(language)
        suggestion = format_html('<a href="{}"><strong><bdi>{}</bdi></strong></a>',
                                 path + "?" + urlencode({"q": response.suggestion}), response.suggestion)
        if response.corrected:
            original = format_html('<a href="{}"><bdi>{}</bdi></a>',
                                   path + "?" + urlencode({"q": search_request.q, "exact": "1"}), search_request.q)
            out["corrected"] = format_html("{} {}", format_html(text["showing_for"], suggestion=suggestion),
                                           format_html(text["instead"], original=original))
        else:
            out["did_you_mean"] = format_html(text["did_you_mean"], suggestion=suggestion)
    return out


def _without_lang(params):
    params = params.copy()
    params.pop("lang", None)
    return params


def _query_url(search_request, language, **changes):
    params = {"q": search_request.q, "type": search_request.doc_type, "municipality": search_request.municipality,
              "district": search_request.police_district, "level": search_request.level,
              "page": search_request.page, "exact": "1" if search_request.exact else ""}
    params.update(changes)
    params = {k: v for k, v in params.items() if v not in ("", None, 1)}
    return search_path(language) + "?" + urlencode(params)


def _facet_context(response, search_request, language):
    current = {"type": search_request.doc_type, "municipality": search_request.municipality,
               "police_district": search_request.police_district, "intervention_level": search_request.level}
    out = []
    for name, values in response.facets.items():
        if not values:
            continue
        param = FACET_PARAMS[name]
        items = []
        for value in values:
            selected = current[name] == value["value"]
            items.append({**value, "selected": selected,
                          "url": _query_url(search_request, language, page=1,
                                            **{param: "" if selected else value["value"]})})
        out.append({
            "name": name, "param": param, "label": TEXT[language][name], "current": current[name],
            "values": items,
            "clear_url": _query_url(search_request, language, page=1, **{param: ""}) if current[name] else None,
        })
    return out


def _pagination(response, search_request):
    language = search_request.language
    pages = response.pages
    page = search_request.page
    return {
        "page": page, "pages": pages, "start": (page - 1) * search_request.per_page + 1,
        "previous": _query_url(search_request, language, page=page - 1) if page > 1 else None,
        "next": _query_url(search_request, language, page=page + 1) if page < pages else None,
        "numbers": [{"number": number, "current": number == page,
                     "url": _query_url(search_request, language, page=number) if number else None}
                    for number in page_numbers(page, pages)],
    }


def page_numbers(page, pages):
    """The page numbers DKFDS's pagination shows: all of them up to 7 pages, else the first, the
    last and the current page's neighbours, with None where pages are left out (an ellipsis)."""
    if pages <= 7:
        return list(range(1, pages + 1))
    if page < 5:
        return [1, 2, 3, 4, 5, None, pages]
    if page > pages - 4:
        return [1, None, *range(pages - 4, pages + 1)]
    return [1, None, page - 1, page, page + 1, None, pages]


def _json_error(message, field):
    return JsonResponse({"error": message, "field": field}, status=400)


@require_GET
def api_search(request):
    try:
        search_request = SearchRequest.from_params(request.GET)
    except SearchInputError as error:
        return _json_error(error.message_en, error.field)
    unknown = set(request.GET) - {"q", "lang", "type", "municipality", "district", "level", "page", "exact"}
    if unknown:
        return _json_error(f"Unknown parameter(s): {', '.join(sorted(unknown))[:200]}", sorted(unknown)[0][:50])
    if not search_request.tokens:
        return _json_error("q is required: type one or more words.", "q")
    response = service.search(search_request, Viewer.for_user(request.user))
    data = {
        "query": search_request.q,
        "total": response.total,
        "page": search_request.page,
        "pages": response.pages,
        "results": [
            {"title": r.title, "url": r.url, "type": r.doc_type, "type_label": r.type_label,
             "snippet": r.snippet_html, "locale": r.language, "municipality": r.municipality or None,
             "promoted": r.promoted, "file_type": r.file_type, "file_size": r.file_size}
            for r in response.results
        ],
        "facets": response.facets,
        "suggestion": response.suggestion or None,
        "corrected": response.corrected,
    }
    result = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    result["Cache-Control"] = "private, no-store" if request.user.is_authenticated else "public, max-age=60"
    result["Vary"] = "Cookie"
    return result


@require_GET
def api_autocomplete(request):
    prefix = normalise(request.GET.get("q", ""))
    language = request.GET.get("lang", "da")
    if language not in LANGUAGES:
        return _json_error("lang must be 'da', 'en' or 'ar'.", "lang")
    if len(prefix) > 60:
        return _json_error("q is too long for autocomplete (at most 60 characters).", "q")
    if len(prefix) < 2:
        return JsonResponse({"query": prefix, "suggestions": []})
    suggestions = service.autocomplete(prefix, language, Viewer.for_user(request.user))
    result = JsonResponse({"query": prefix, "suggestions": suggestions}, json_dumps_params={"ensure_ascii": False})
    result["Cache-Control"] = "private, no-store" if request.user.is_authenticated else "public, max-age=60"
    result["Vary"] = "Cookie"
    return result
