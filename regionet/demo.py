"""Demo content of the site: the project pages (about, funding, imprint, privacy).

The texts are in `regionet/demo.toml`, in German and Hungarian. Every page is keyed on its
German slug, so `load()` can run any number of times without creating duplicates.
"""

from core.demo import read, save
from core.models import Page

DATA = read(__file__)


def load() -> None:
    """Create or update the project pages: all published, linked in the footer by position."""
    for row in DATA["pages"]:
        save(Page, {**row, "show_in_footer": True, "is_published": True}, key="slug_de")
