"""The DCAT-AP catalogue of the portal's open data: one dataset per directory.

Vocabularies as DCAT-AP 3 asks: EU file types, languages and data themes from the
Publications Office's authority tables, NUTS-3 regions as spatial coverage.
"""

from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.db.models import Max, Min
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF, XSD

from goodpractice.models import GoodPractice
from network.models import Company, Network, Region
from opendata.api import LANGUAGE_CODES
from studytrips.models import StudyTrip

VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
EU_AUTHORITY = "http://publications.europa.eu/resource/authority/"
EU_LANGUAGES = {"de": "DEU", "hu": "HUN"}
NUTS = "http://data.europa.eu/nuts/code/"
FILE_TYPES = {"json": ("JSON", "application/json"), "csv": ("CSV", "text/csv")}

JSONLD_CONTEXT = {
    "dcat": str(DCAT),
    "dct": str(DCTERMS),
    "foaf": str(FOAF),
    "vcard": str(VCARD),
    "xsd": str(XSD),
}


@dataclass(frozen=True)
class Directory:
    name: str  # the API's list name
    title: str
    description: str
    landing_page: str | None  # URL name of the public list, if there is one
    themes: tuple[str, ...] = ("ECON", "REGI")


DIRECTORIES = [
    Directory(
        "networks",
        _("Networks"),
        _("The regional and cross-border business networks of REGIONET aktív."),
        "network:network-list",
    ),
    Directory(
        "companies",
        _("Member companies"),
        _("The published member companies of the networks with their public contact."),
        "network:company-list",
    ),
    Directory(
        "cases",
        _("Good-practice cases"),
        _("Cross-border good-practice cases with instruments, regions, sectors and key figures."),
        "goodpractice:case-list",
    ),
    Directory(
        "trips",
        _("Study trips"),
        _("The project's study trips with their programmes."),
        "studytrips:trip-list",
        themes=("ECON", "REGI", "EDUC"),
    ),
    Directory(
        "instruments",
        _("Cross-border instruments"),
        _("The nine instruments of cross-border cooperation the good-practice cases use."),
        None,
    ),
    Directory("regions", _("Regions"), _("The small regions with their NUTS-3 codes."), None),
    Directory("sectors", _("Sectors"), _("The sectors with their NACE Rev. 2.1 codes."), None),
]


def _span(name: str) -> tuple[date | None, date | None, timezone.datetime | None]:
    """The time the directory covers and when it last changed."""
    if name == "trips":
        found = StudyTrip.objects.public().aggregate(
            start=Min("start_date"), end=Max("end_date"), modified=Max("updated")
        )
        return found["start"], found["end"], found["modified"]
    if name == "cases":
        found = GoodPractice.objects.public().aggregate(
            start=Min("start_year"), end=Max("end_year"), modified=Max("updated")
        )
        start = date(found["start"], 1, 1) if found["start"] else None
        end = date(found["end"], 12, 31) if found["end"] else None
        return start, end, found["modified"]
    models = {"networks": Network, "companies": Company}
    if name in models:
        found = (
            models[name].objects.public().aggregate(start=Min("created"), modified=Max("updated"))
        )
        start = timezone.localdate(found["start"]) if found["start"] else None
        modified = found["modified"]
        return start, timezone.localdate(modified) if modified else None, modified
    return None, None, None


def _texts(graph: Graph, subject, predicate, text) -> None:
    for code in LANGUAGE_CODES:
        with translation.override(code):
            graph.add((subject, predicate, Literal(str(text), lang=code)))


def build_catalog(request) -> Graph:
    """The catalogue as an RDF graph, every address absolute for this request's host."""
    graph = Graph()
    for prefix, namespace in JSONLD_CONTEXT.items():
        graph.bind(prefix, namespace)

    def absolute(url_name: str, **kwargs) -> URIRef:
        return URIRef(request.build_absolute_uri(reverse(url_name, **kwargs)))

    catalog = absolute("opendata:catalog-jsonld")
    publisher = URIRef(request.build_absolute_uri("/"))
    graph.add((catalog, RDF.type, DCAT.Catalog))
    _texts(graph, catalog, DCTERMS.title, _("REGIONET aktív open data"))
    _texts(
        graph,
        catalog,
        DCTERMS.description,
        _("The public directories of the REGIONET aktív portal, in German and Hungarian."),
    )
    graph.add((catalog, DCTERMS.publisher, publisher))
    graph.add((catalog, FOAF.homepage, publisher))
    graph.add((catalog, DCTERMS.license, URIRef(settings.OPENDATA_LICENCE_URL)))
    for code in LANGUAGE_CODES:
        graph.add(
            (catalog, DCTERMS.language, URIRef(f"{EU_AUTHORITY}language/{EU_LANGUAGES[code]}"))
        )

    graph.add((publisher, RDF.type, FOAF.Agent))
    graph.add((publisher, FOAF.name, Literal(settings.OPENDATA_PUBLISHER["name"])))
    graph.add((publisher, DCTERMS.type, URIRef(f"{EU_AUTHORITY}corporate-body-classification/NGO")))

    # Fragment identifiers instead of blank nodes: the same data gives the same bytes (ETag).
    contact = URIRef(f"{catalog}#contact")
    graph.add((contact, RDF.type, VCARD.Organization))
    graph.add((contact, VCARD.fn, Literal(settings.OPENDATA_PUBLISHER["name"])))
    graph.add((contact, VCARD.hasEmail, URIRef(f"mailto:{settings.OPENDATA_PUBLISHER['email']}")))

    regions = list(Region.objects.public().values_list("nuts3_code", flat=True))
    latest = None
    for directory in DIRECTORIES:
        dataset = absolute(f"opendata:{directory.name}-list")
        graph.add((catalog, DCAT.dataset, dataset))
        graph.add((dataset, RDF.type, DCAT.Dataset))
        _texts(graph, dataset, DCTERMS.title, directory.title)
        _texts(graph, dataset, DCTERMS.description, directory.description)
        graph.add((dataset, DCTERMS.identifier, Literal(str(dataset))))
        graph.add((dataset, DCTERMS.publisher, publisher))
        graph.add((dataset, DCAT.contactPoint, contact))
        graph.add((dataset, DCTERMS.accessRights, URIRef(f"{EU_AUTHORITY}access-right/PUBLIC")))
        for theme in directory.themes:
            graph.add((dataset, DCAT.theme, URIRef(f"{EU_AUTHORITY}data-theme/{theme}")))
        for code in LANGUAGE_CODES:
            graph.add(
                (dataset, DCTERMS.language, URIRef(f"{EU_AUTHORITY}language/{EU_LANGUAGES[code]}"))
            )
        for nuts3_code in regions:
            graph.add((dataset, DCTERMS.spatial, URIRef(f"{NUTS}{nuts3_code}")))
        if directory.landing_page:
            for code in LANGUAGE_CODES:
                with translation.override(code):
                    graph.add((dataset, DCAT.landingPage, absolute(directory.landing_page)))
        start, end, modified = _span(directory.name)
        if start or end:
            period = URIRef(f"{dataset}#period")
            graph.add((dataset, DCTERMS.temporal, period))
            graph.add((period, RDF.type, DCTERMS.PeriodOfTime))
            if start:
                graph.add((period, DCAT.startDate, Literal(start, datatype=XSD.date)))
            if end:
                graph.add((period, DCAT.endDate, Literal(end, datatype=XSD.date)))
        if modified:
            graph.add((dataset, DCTERMS.modified, Literal(modified, datatype=XSD.dateTime)))
            latest = max(latest, modified) if latest else modified
        for format_name, (file_type, media_type) in FILE_TYPES.items():
            distribution = URIRef(f"{dataset}?format={format_name}")
            graph.add((dataset, DCAT.distribution, distribution))
            graph.add((distribution, RDF.type, DCAT.Distribution))
            graph.add((distribution, DCAT.accessURL, distribution))
            graph.add((distribution, DCAT.downloadURL, distribution))
            graph.add((distribution, DCTERMS.title, Literal(f"{directory.name}.{format_name}")))
            graph.add(
                (distribution, DCTERMS["format"], URIRef(f"{EU_AUTHORITY}file-type/{file_type}"))
            )
            graph.add(
                (
                    distribution,
                    DCAT.mediaType,
                    URIRef(f"https://www.iana.org/assignments/media-types/{media_type}"),
                )
            )
            graph.add((distribution, DCTERMS.license, URIRef(settings.OPENDATA_LICENCE_URL)))
    if latest:
        graph.add((catalog, DCTERMS.modified, Literal(latest, datatype=XSD.dateTime)))
    return graph
