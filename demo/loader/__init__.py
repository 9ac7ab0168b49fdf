"""The demo loader: builds the demo site from demo/content/ in steps, each a module with
`load(stdout)`. Order matters: later steps use what earlier ones made (the home page, the contact
points, the text blocks, ...). Every step is idempotent (see common.py)."""

from demo.loader import concern, guidance, overview, plans, search, site, snippets, translations

# search last: its full rebuild counts the words of every language (search.models.LexemeStat) once
# the translations exist; built before them, every English and Arabic word counted as rare.
STEPS = [site, snippets, guidance, plans, concern, overview, translations, search]
