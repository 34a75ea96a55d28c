"""The DCAT-AP catalogue parses as RDF and has what DCAT-AP 3 makes mandatory.

No maintained pip package ships the DCAT-AP 3 SHACL shapes, so the mandatory properties of
the profile (catalogue: title, description, publisher; dataset: title, description;
distribution: access URL; agent: name) are checked on the parsed graph.
"""

import warnings

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF


def catalogue(client, url: str, rdf_format: str) -> Graph:
    response = client.get(url)
    assert response.status_code == 200
    with warnings.catch_warnings():
        # rdflib's own JSON-LD parser still builds a ConjunctiveGraph inside.
        warnings.filterwarnings("ignore", "ConjunctiveGraph is deprecated", DeprecationWarning)
        return Graph().parse(data=response.content.decode("utf-8"), format=rdf_format)


@pytest.mark.parametrize(
    ("url", "rdf_format", "content_type"),
    [
        ("/api/v1/catalog.jsonld", "json-ld", "application/ld+json"),
        ("/api/v1/catalog.ttl", "turtle", "text/turtle"),
    ],
)
def test_catalogue_has_the_mandatory_dcat_ap_properties(
    client, directory, url, rdf_format, content_type
):
    assert client.get(url)["Content-Type"].startswith(content_type)
    graph = catalogue(client, url, rdf_format)
    [catalog] = graph.subjects(RDF.type, DCAT.Catalog)
    for predicate in (DCTERMS.title, DCTERMS.description, DCTERMS.publisher):
        assert graph.value(catalog, predicate) is not None, predicate
    for agent in set(graph.objects(None, DCTERMS.publisher)):
        assert graph.value(agent, FOAF.name) is not None
    datasets = set(graph.objects(catalog, DCAT.dataset))
    assert len(datasets) == 7
    assert datasets == set(graph.subjects(RDF.type, DCAT.Dataset))
    for dataset in datasets:
        titles = {title.language for title in graph.objects(dataset, DCTERMS.title)}
        assert titles == {"de", "hu"}
        assert graph.value(dataset, DCTERMS.description) is not None
        distributions = set(graph.objects(dataset, DCAT.distribution))
        assert len(distributions) == 2
        for distribution in distributions:
            assert (distribution, RDF.type, DCAT.Distribution) in graph
            assert graph.value(distribution, DCAT.accessURL) is not None
            assert graph.value(distribution, DCTERMS.license) == URIRef(
                "https://creativecommons.org/licenses/by/4.0/"
            )
        assert (dataset, DCTERMS.spatial, URIRef("http://data.europa.eu/nuts/code/AT112")) in graph
        languages = set(graph.objects(dataset, DCTERMS.language))
        assert URIRef("http://publications.europa.eu/resource/authority/language/HUN") in languages


def test_catalogue_tells_when_and_what_period_the_cases_cover(client, directory):
    graph = catalogue(client, "/api/v1/catalog.jsonld", "json-ld")
    cases = URIRef("http://localhost/api/v1/cases/")
    assert graph.value(cases, DCTERMS.modified) is not None
    period = graph.value(cases, DCTERMS.temporal)
    assert str(graph.value(period, DCAT.startDate)) == "2012-01-01"
    csv = URIRef("http://localhost/api/v1/cases/?format=csv")
    assert client.get(str(graph.value(csv, DCAT.downloadURL))).status_code == 200


def test_catalogue_licence_comes_from_the_settings(client, directory, settings):
    settings.OPENDATA_LICENCE_URL = "https://creativecommons.org/licenses/by-sa/4.0/"
    graph = catalogue(client, "/api/v1/catalog.ttl", "turtle")
    licences = set(graph.objects(None, DCTERMS.license))
    assert licences == {URIRef("https://creativecommons.org/licenses/by-sa/4.0/")}


def test_unchanged_catalogue_is_the_same_document(client, directory):
    first = client.get("/api/v1/catalog.jsonld")
    assert client.get("/api/v1/catalog.jsonld").content == first.content
    assert client.get("/api/v1/catalog.jsonld", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
