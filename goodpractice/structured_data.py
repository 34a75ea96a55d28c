"""schema.org descriptions of case pages (Article) and instrument pages (DefinedTerm)."""

from django.urls import reverse
from django.utils.translation import gettext as _

from core.i18n import source_language
from core.structured_data import CONTEXT, absolute, breadcrumb_list, home_crumb, text
from goodpractice.models import GoodPractice, Instrument


def library_crumbs(name: str) -> list:
    return [home_crumb(), (_("Good practice"), reverse("goodpractice:case-list")), (name, None)]


def case(obj: GoodPractice, request) -> list[dict]:
    article = {
        "@context": CONTEXT,
        "@type": "Article",
        "headline": text(obj, "title"),
        "description": text(obj, "summary"),
        "url": absolute(request, obj.get_absolute_url()),
        "inLanguage": source_language(obj, "summary"),
        "dateModified": obj.updated.isoformat(),
        "about": [
            {"@type": "DefinedTerm", "name": text(instrument, "name"), "termCode": instrument.code}
            for instrument in obj.instruments.all()
        ],
        "spatialCoverage": [
            {"@type": "Place", "name": text(region, "name")} for region in obj.regions.all()
        ],
    }
    if obj.published_at:
        article["datePublished"] = obj.published_at.isoformat()
    lead = obj.lead_organisation
    if lead and lead.is_published:
        article["author"] = {
            "@type": "Organization",
            "name": lead.name,
            "url": absolute(request, lead.get_absolute_url()),
        }
    return [article, breadcrumb_list(request, library_crumbs(text(obj, "title")))]


def instrument(obj: Instrument, request) -> list[dict]:
    term = {
        "@context": CONTEXT,
        "@type": "DefinedTerm",
        "name": text(obj, "name"),
        "termCode": obj.code,
        "url": absolute(request, obj.get_absolute_url()),
    }
    if description := text(obj, "description"):
        term["description"] = description
    crumbs = library_crumbs(text(obj, "name"))
    crumbs.insert(2, (_("Cross-border instruments"), reverse("goodpractice:instrument-list")))
    return [term, breadcrumb_list(request, crumbs)]


BUILDERS = {GoodPractice: case, Instrument: instrument}
