"""The concern path, /da/bekymret/ (pages/bekymret.yaml), and the accessibility statement
(pages/tilgaengelighed.yaml), both under the Danish home page."""

from demo.loader import files
from demo.loader.common import ensure_page
from demo.loader.project import ConcernPage, ContentPage
from demo.loader.site import default_locale, home_page


def load(stdout=None):
    locale = default_locale()
    home = home_page(locale)
    ensure_page(home, ConcernPage, files.read("pages/bekymret.yaml"), locale)
    ensure_page(home, ContentPage, files.read("pages/tilgaengelighed.yaml"), locale)
