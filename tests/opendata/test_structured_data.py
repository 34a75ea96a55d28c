import html
import json
import re

import pytest

from tests.factories import CompanyFactory
from tests.opendata.conftest import PRIVATE_ADDRESSES

SCRIPT = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def json_ld(page: str) -> dict[str, dict]:
    """Every JSON-LD block of a page, parsed, by its @type."""
    blocks = [json.loads(block) for block in SCRIPT.findall(page)]
    assert all(block["@context"] == "https://schema.org" for block in blocks)
    return {block["@type"]: block for block in blocks}


def breadcrumb_names(page: str) -> list[str]:
    trail = re.search(r'<ol class="breadcrumb">(.*?)</ol>', page, re.S).group(1)
    items = re.findall(r"<li[^>]*>(.*?)</li>", trail, re.S)
    return [" ".join(html.unescape(re.sub(r"<[^>]+>", "", item)).split()) for item in items]


def page_of(client, obj, language="de") -> str:
    from django.utils import translation

    with translation.override(language):
        url = obj.get_absolute_url()
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def assert_breadcrumbs_match(page: str, data: dict) -> None:
    trail = data["BreadcrumbList"]["itemListElement"]
    assert [item["name"] for item in trail] == breadcrumb_names(page)
    assert [item["position"] for item in trail] == list(range(1, len(trail) + 1))
    assert all(item["item"].startswith("http://localhost/") for item in trail)


@pytest.mark.parametrize("language", ["de", "hu"])
def test_company_and_network_pages_describe_organisations_and_membership(
    client, directory, language
):
    company_page = page_of(client, directory["company"], language)
    data = json_ld(company_page)
    organisation = data["Organization"]
    assert organisation["name"] == "Pannonia Metall GmbH"
    assert organisation["email"] == "office@pannonia-metall.example"
    network_name = {"de": "Netzwerk Nord", "hu": "Északi hálózat"}[language]
    assert [network["name"] for network in organisation["memberOf"]] == [network_name]
    assert_breadcrumbs_match(company_page, data)

    network_page = page_of(client, directory["network"], language)
    data = json_ld(network_page)
    assert data["Organization"]["name"] == network_name
    assert [member["name"] for member in data["Organization"]["member"]] == ["Pannonia Metall GmbH"]
    assert_breadcrumbs_match(network_page, data)


def test_trip_page_is_an_education_event_with_its_programme(client, directory):
    page = page_of(client, directory["trip"], "hu")
    data = json_ld(page)
    event = data["EducationEvent"]
    assert event["name"] == "Út Drezdába"
    assert event["startDate"] == directory["trip"].start_date.isoformat()
    assert event["location"]["@type"] == "Place"
    assert [sub["name"] for sub in event["subEvent"]] == ["Klaszterlátogatás"]
    assert event["organizer"]["name"] == "Pannonia Metall GmbH"
    assert_breadcrumbs_match(page, data)


def test_case_and_instrument_pages(client, directory):
    page = page_of(client, directory["case"])
    data = json_ld(page)
    assert data["Article"]["headline"] == "Lehrlingsaustausch"
    assert data["Article"]["author"]["name"] == "Pannonia Metall GmbH"
    assert data["Article"]["about"][0]["termCode"] == "joint-training"
    assert_breadcrumbs_match(page, data)
    page = page_of(client, directory["instrument"], "hu")
    data = json_ld(page)
    assert data["DefinedTerm"]["termCode"] == "joint-training"
    assert_breadcrumbs_match(page, data)


def test_cooperation_post_is_an_offer_without_contact_data(client, directory):
    from cooperation.models import CooperationPost

    post = CooperationPost.objects.get()
    page = page_of(client, post)
    data = json_ld(page)
    offer = data["Offer"]
    assert offer["name"] == "Lohnfertigung"
    assert offer["offeredBy"] == {"@type": "Organization", "name": "Pannonia Metall GmbH"}
    scripts = "".join(SCRIPT.findall(page))
    assert "Paul Poster" not in scripts
    assert not any(address in scripts for address in PRIVATE_ADDRESSES)
    assert_breadcrumbs_match(page, data)


def test_home_page_describes_the_site_and_its_search(client, db):
    data = json_ld(client.get("/hu/").content.decode())
    action = data["WebSite"]["potentialAction"]
    assert action["@type"] == "SearchAction"
    assert action["target"]["urlTemplate"] == "http://localhost/hu/kereses/?q={search_term_string}"


def test_markup_in_names_cannot_leave_the_json_ld_script(client, db):
    company = CompanyFactory(name="</script><script>alert(1)</script>", slug="boese")
    page = page_of(client, company)
    assert "<script>alert(1)" not in page
    assert json_ld(page)["Organization"]["name"] == company.name


def test_form_pages_with_breadcrumbs_describe_them_too(client, directory):
    from django.urls import reverse

    urls = [
        directory["trip"].get_registration_url(),
        reverse("cooperation:post-create"),
        reverse("cooperation:network-contact", kwargs={"slug": directory["network"].slug}),
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        page = response.content.decode()
        assert_breadcrumbs_match(page, json_ld(page))
