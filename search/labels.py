"""Result types: a short key per kind of result, its label in each language, and its weight."""

from typing import NamedTuple

from django.utils.text import capfirst


class ResultType(NamedTuple):
    da: str
    en: str
    ar: str
    boost: float


# key -> labels (Danish, English, Arabic) and boost. Unknown page types fall back to verbose_name.
# The Arabic labels follow the site's Arabic catalogue (locale/ar): "علامات القلق", "هل أنت قلق؟"...
TYPES = {
    "guidechapterpage": ResultType("Vejledning", "Guidance", "الدليل", 1.2),
    "guideindexpage": ResultType("Vejledning", "Guidance", "الدليل", 1.1),
    "knowledgeindexpage": ResultType("Viden", "Knowledge", "المعرفة", 1.0),
    "knowledgepage": ResultType("Viden", "Knowledge", "المعرفة", 1.1),
    "signsofconcernpage": ResultType("Bekymringstegn", "Signs of concern", "علامات القلق", 1.3),
    "concernpage": ResultType("Er du bekymret?", "Are you worried?", "هل أنت قلق؟", 3.0),
    "planpage": ResultType("Handlingsplan", "Action plan", "خطة عمل", 1.0),
    "planindexpage": ResultType("Handlingsplaner", "Action plans", "خطط العمل", 1.0),
    "intervention": ResultType("Indsats i handlingsplan", "Intervention in a plan", "تدخّل في خطة عمل", 0.8),
    "textblock": ResultType("Tekstblok", "Text block", "نص نموذجي", 0.7),
    "signofconcern": ResultType("Bekymringstegn", "Sign of concern", "علامة قلق", 0.8),
    "contentpage": ResultType("Side", "Page", "صفحة", 0.8),
    "homepage": ResultType("Forside", "Home page", "الصفحة الرئيسية", 0.5),
}

# Intervention levels: (Danish, English, Arabic), as in the plans' own labels (locale/ar).
INTERVENTION_LEVELS = {
    "opbyggende": ("Opbyggende", "Building", "بنّاء"),
    "foregribende": ("Foregribende", "Preventive", "استباقي"),
    "indgribende": ("Indgribende", "Intervening", "تدخّلي"),
}
# Position of each language's label in the tuples above; other languages get the Danish label.
LANGUAGE_COLUMNS = {"da": 0, "en": 1, "ar": 2}


def type_key(obj) -> str:
    return obj._meta.model_name


def type_label(key: str, language: str, model=None) -> str:
    if key in TYPES:
        return TYPES[key][LANGUAGE_COLUMNS.get(language, 0)]
    if model is not None:
        return capfirst(model._meta.verbose_name)
    return capfirst(key)


def type_boost(key: str) -> float:
    entry = TYPES.get(key)
    return entry.boost if entry else 1.0


def level_label(key: str, language: str) -> str:
    if key in INTERVENTION_LEVELS:
        return INTERVENTION_LEVELS[key][LANGUAGE_COLUMNS.get(language, 0)]
    return capfirst(key)
