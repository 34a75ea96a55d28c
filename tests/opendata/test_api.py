import csv
import io
import json
import re

import pytest
from openapi_spec_validator import validate

from tests.opendata.conftest import PRIVATE_ADDRESSES

LISTS = ["networks", "companies", "cases", "trips", "instruments", "regions", "sectors"]


def get_json(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200, response.content
    return response.json()


@pytest.mark.parametrize("name", LISTS)
def test_every_list_answers_in_german_and_hungarian(client, directory, name):
    german = get_json(client, f"/api/v1/{name}/?lang=de")["results"]
    hungarian = get_json(client, f"/api/v1/{name}/", HTTP_ACCEPT_LANGUAGE="hu")["results"]
    assert german and len(german) == len(hungarian)
    text_field = next(
        key for key in ("name", "title", "description") if isinstance(german[0].get(key), dict)
    )
    assert set(german[0][text_field]) == {"de"}
    assert set(hungarian[0][text_field]) == {"hu"}
    detail = get_json(client, f"/api/v1/{name}/{german[0]['id']}/?lang=all")
    assert set(detail[text_field]) == {"de", "hu"}


def test_objects_carry_both_canonical_addresses_and_related_codes(client, directory):
    case = get_json(client, f"/api/v1/cases/{directory['case'].pk}/?lang=hu")
    assert case["title"] == {"hu": "Tanulócsere"}
    assert case["url"]["de"].startswith("http://localhost/de/")
    assert case["url"]["hu"].startswith("http://localhost/hu/")
    assert case["sectors"][0]["code"] == "C28"
    assert case["regions"][0]["code"] == "AT112"
    assert case["instruments"][0]["code"] == "joint-training"
    assert case["key_figures"] == [{"value": "40", "label": {"hu": "tanuló"}}]
    assert case["lead_organisation"] == directory["company"].pk
    assert case["updated"]
    trip = get_json(client, f"/api/v1/trips/{directory['trip'].pk}/?lang=de")
    assert trip["programme"][0]["title"] == {"de": "Besuch im Cluster"}


def test_drafts_and_unpublished_companies_are_never_served(client, directory):
    cases = get_json(client, "/api/v1/cases/")["results"]
    assert [case["id"] for case in cases] == [directory["case"].pk]
    trips = get_json(client, "/api/v1/trips/")["results"]
    assert directory["draft_trip"].pk not in [trip["id"] for trip in trips]
    companies = get_json(client, "/api/v1/companies/")["results"]
    assert [company["id"] for company in companies] == [directory["company"].pk]
    network = get_json(client, f"/api/v1/networks/{directory['network'].pk}/")
    assert network["members"] == [directory["company"].pk]
    for url in (
        f"/api/v1/cases/{directory['draft_case'].pk}/",
        f"/api/v1/trips/{directory['draft_trip'].pk}/",
        f"/api/v1/companies/{directory['hidden_company'].pk}/",
    ):
        response = client.get(url)
        assert response.status_code == 404
        assert response["Content-Type"] == "application/problem+json"


def test_a_company_shows_its_public_contact_as_on_its_page(client, directory):
    company = get_json(client, f"/api/v1/companies/{directory['company'].pk}/")
    assert company["email"] == "office@pannonia-metall.example"
    assert company["address"]["street"] == "Industriestraße 4"


def test_a_company_that_hides_its_address_hides_it_in_the_api_too(client, directory):
    directory["company"].show_email = False
    directory["company"].save()
    company = get_json(client, f"/api/v1/companies/{directory['company'].pk}/")
    assert company["email"] == ""
    assert (
        "office@pannonia-metall.example"
        not in client.get(directory["company"].get_absolute_url()).content.decode()
    )


def test_no_personal_data_anywhere_in_the_api(client, directory):
    """Crawl every list, detail, CSV and the catalogue: no registrant, author or sender."""
    index = get_json(client, "/api/v1/")
    urls = ["/api/v1/", "/api/v1/openapi.json", "/api/v1/catalog.jsonld", "/api/v1/catalog.ttl"]
    for name, links in index["lists"].items():
        urls += [links["json"], links["csv"], links["json"] + "?lang=all"]
        for item in get_json(client, links["json"])["results"]:
            urls.append(f"/api/v1/{name}/{item['id']}/?lang=all")
    assert len(urls) > 25
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        body = response.content.decode()
        for address in PRIVATE_ADDRESSES:
            assert address not in body, (url, address)
        assert "Rita Registrant" not in body and "Paul Poster" not in body


def test_list_filters_are_those_of_the_public_lists(client, directory):
    assert get_json(client, "/api/v1/companies/?sector=C28")["count"] == 1
    assert get_json(client, "/api/v1/companies/?country=HU")["count"] == 0
    assert get_json(client, "/api/v1/cases/?instrument=joint-training&region=AT112")["count"] == 1
    assert get_json(client, "/api/v1/networks/?region=AT112")["count"] == 1


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("colour=red", "colour"),
        ("sector=X99", "sector"),
        ("page=abc", "page"),
        ("page_size=100000", "page_size"),
        ("page_size=0", "page_size"),
        ("lang=en", "lang"),
    ],
)
def test_bad_parameters_get_a_problem_document(client, directory, query, parameter):
    response = client.get(f"/api/v1/companies/?{query}", HTTP_ACCEPT_LANGUAGE="hu")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    problem = response.json()
    assert problem["status"] == 400 and problem["title"]
    assert problem["instance"] == f"/api/v1/companies/?{query}"
    assert [error["parameter"] for error in problem["errors"]] == [parameter]


def test_unknown_addresses_and_pages_are_problem_documents(client, directory):
    for url in ("/api/v1/nothing/", "/api/v1/companies/999999/", "/api/v1/companies/?page=9"):
        response = client.get(url)
        assert response.status_code == 404, url
        assert response["Content-Type"] == "application/problem+json"
        assert response.json()["status"] == 404
        assert response.json()["detail"]
    hungarian = client.get("/api/v1/companies/999999/", HTTP_ACCEPT_LANGUAGE="hu").json()
    assert hungarian["title"] == "Nem található"
    assert hungarian["detail"] == "Ezen a címen nincs nyilvános adat."


def test_pages_link_to_the_next_one(client, directory):
    from tests.factories import RegionFactory

    RegionFactory.create_batch(4)
    first = get_json(client, "/api/v1/regions/?page_size=2")
    assert first["count"] >= 5 and len(first["results"]) == 2
    assert first["next"].endswith("/api/v1/regions/?page=2&page_size=2")
    seen = [region["id"] for region in first["results"]]
    page = first
    while page["next"]:
        page = get_json(client, page["next"])
        seen += [region["id"] for region in page["results"]]
    assert len(seen) == len(set(seen)) == first["count"]


def test_unchanged_answers_are_304_with_the_etag(client, directory):
    response = client.get("/api/v1/companies/")
    etag = response["ETag"]
    assert etag
    again = client.get("/api/v1/companies/", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    directory["company"].name = "Pannonia Metall AG"
    directory["company"].save()
    changed = client.get("/api/v1/companies/", HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200


def test_other_sites_may_read_the_api(client, directory):
    response = client.get("/api/v1/sectors/", HTTP_ORIGIN="https://data.example.eu")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Accept-Language" in response["Vary"]


def test_too_many_requests_from_one_client_are_refused(client, directory, settings):
    settings.OPENDATA_RATE_LIMIT = "3/min"
    for _ in range(3):
        assert client.get("/api/v1/sectors/", REMOTE_ADDR="203.0.113.5").status_code == 200
    refused = client.get("/api/v1/sectors/", REMOTE_ADDR="203.0.113.5")
    assert refused.status_code == 429
    assert refused["Content-Type"] == "application/problem+json"
    assert int(refused["Retry-After"]) > 0
    assert client.get("/api/v1/sectors/", REMOTE_ADDR="203.0.113.6").status_code == 200


def test_csv_has_one_row_per_object_with_both_languages(client, directory):
    response = client.get("/api/v1/cases/?format=csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8"))))
    assert len(rows) == 1
    assert rows[0]["title_de"] == "Lehrlingsaustausch"
    assert rows[0]["title_hu"] == "Tanulócsere"
    assert rows[0]["sectors_code"] == "C28"
    assert rows[0]["url_hu"].startswith("http://localhost/hu/")


def test_openapi_description_is_valid(client, db):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    document = json.loads(response.content)
    validate(document)
    assert "/api/v1/companies/" in document["paths"]
    parameters = {p["name"] for p in document["paths"]["/api/v1/cases/"]["get"]["parameters"]}
    assert {"lang", "page", "page_size", "sector", "instrument", "region"} <= parameters


def test_documentation_page_is_served_by_the_portal(client, db):
    response = client.get("/api/v1/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'spec-url="/api/v1/openapi.json"' in html
    scripts = re.findall(r'<script src="([^"]+)"', html)
    assert scripts and all(src.startswith("/static/") for src in scripts)
    assert "googleapis" not in html
    static = client.get(scripts[0])
    assert static.status_code == 200
    static.close()


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/companies/?q=%00",
        "/api/v1/companies/?q=" + "x" * 500,
        "/api/v1/companies/?network=abc",
        "/api/v1/companies/?region=%00",
        "/api/v1/cases/?year=abc",
        "/api/v1/cases/?sector=<script>",
        "/api/v1/trips/?year=1&when=tomorrow",
        "/api/v1/regions/?page=99999999999999999999999",
        "/api/v1/regions/?page_size=-1",
        "/api/v1/regions/?lang=",
        "/api/v1/regions/?format=xml",
        "/api/v1/regions/abc/",
    ],
)
def test_hostile_input_is_refused_with_a_problem_document(client, directory, url):
    response = client.get(url)
    assert 400 <= response.status_code < 500, url
    assert response["Content-Type"] == "application/problem+json"


def test_writing_is_not_allowed(client, directory):
    response = client.post("/api/v1/companies/", {"name": "Neu"})
    assert response.status_code == 405
    assert response["Content-Type"] == "application/problem+json"
    assert "GET" in response["Allow"]
