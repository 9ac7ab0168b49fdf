"""Result types: a short key per kind of result, its label in each language, and its weight."""

from django.utils.text import capfirst

# key -> (Danish label, English label, boost). Unknown page types fall back to verbose_name.
TYPES = {
    "guidechapterpage": ("Vejledning", "Guidance", 1.2),
    "guideindexpage": ("Vejledning", "Guidance", 1.1),
    "knowledgeindexpage": ("Viden", "Knowledge", 1.0),
    "knowledgepage": ("Viden", "Knowledge", 1.1),
    "signsofconcernpage": ("Bekymringstegn", "Signs of concern", 1.3),
    "concernpage": ("Er du bekymret?", "Are you worried?", 3.0),
    "planpage": ("Handlingsplan", "Action plan", 1.0),
    "planindexpage": ("Handlingsplaner", "Action plans", 1.0),
    "intervention": ("Indsats i handlingsplan", "Intervention in a plan", 0.8),
    "textblock": ("Tekstblok", "Text block", 0.7),
    "signofconcern": ("Bekymringstegn", "Sign of concern", 0.8),
    "contentpage": ("Side", "Page", 0.8),
    "homepage": ("Forside", "Home page", 0.5),
}

INTERVENTION_LEVELS = {
    "opbyggende": ("Opbyggende", "Building"),
    "foregribende": ("Foregribende", "Preventive"),
    "indgribende": ("Indgribende", "Intervening"),
}


def type_key(obj) -> str:
    return obj._meta.model_name


def type_label(key: str, language: str, model=None) -> str:
    if key in TYPES:
        da, en, _ = TYPES[key]
        return en if language == "en" else da
    if model is not None:
        return capfirst(model._meta.verbose_name)
    return capfirst(key)


def type_boost(key: str) -> float:
    return TYPES.get(key, (None, None, 1.0))[2]


def level_label(key: str, language: str) -> str:
    if key in INTERVENTION_LEVELS:
        da, en = INTERVENTION_LEVELS[key]
        return en if language == "en" else da
    return capfirst(key)
