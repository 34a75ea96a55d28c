"""Journeys a visitor and an editor take, in a real browser."""

import pytest
from django.contrib.auth import get_user_model
from django.utils import translation
from playwright.sync_api import expect

from network.models import Company, Network
from tests.quality.pages import page_type_urls

# serialized_rollback keeps the data migrations' rows (the nine instruments) between tests.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def switch_language(page, label):
    page.locator(".language-switcher").get_by_role("link", name=label).click()


def test_visitor_switches_language_on_network_and_company_and_stays_on_them(page, site):
    network = Network.objects.exclude(description_hu="").first()
    page.goto(site + network.get_absolute_url())
    expect(page.locator("h1")).to_have_text(network.name_de)
    switch_language(page, "Magyar")
    with translation.override("hu"):
        assert page.url == site + network.get_absolute_url()
    expect(page.locator("html")).to_have_attribute("lang", "hu")
    expect(page.locator("h1")).to_have_text(network.name_hu)
    switch_language(page, "Deutsch")
    assert page.url == site + network.get_absolute_url()

    company = Company.objects.public().first()
    with translation.override("hu"):
        page.goto(site + company.get_absolute_url())
    switch_language(page, "Deutsch")
    expect(page.locator("html")).to_have_attribute("lang", "de")
    expect(page.locator("h1")).to_have_text(company.name)
    assert page.url == site + company.get_absolute_url()


def test_filtered_directory_keeps_its_filters_across_languages(page, site):
    page.goto(site + "/de/unternehmen/")
    page.locator(".facets").get_by_role("link", name="Ungarn").click()
    assert "country=HU" in page.url
    count = page.locator(".result-count").inner_text()
    expect(page.locator(".filter-chip")).to_contain_text("Land: Ungarn")
    switch_language(page, "Magyar")
    assert "/hu/vallalkozasok/?" in page.url and "country=HU" in page.url
    expect(page.locator(".filter-chip")).to_contain_text("Ország: Magyarország")
    assert page.locator(".result-count").inner_text().split()[0] == count.split()[0]


def login_to_admin(page, site):
    get_user_model().objects.create_superuser("editor", "editor@example.org", "pw-Regionet-1")
    page.goto(site + "/admin/login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "pw-Regionet-1")
    page.click("input[type=submit]")


def test_editor_fills_hungarian_tab_of_a_case_publishes_it_and_sees_it(page, site):
    from goodpractice.models import GoodPractice

    case = GoodPractice.objects.exclude(status=GoodPractice.Status.PUBLISHED).first()
    login_to_admin(page, site)
    page.goto(site + f"/admin/goodpractice/goodpractice/{case.pk}/change/")
    for tab in page.locator(".ui-tabs-nav a", has_text="HU").all():
        tab.click()
    page.locator("#id_title_hu").fill("Határon átnyúló beszállítói napok")
    page.click("input[name=_save]")
    expect(page.locator(".messagelist")).to_be_visible()
    page.goto(site + "/admin/goodpractice/goodpractice/")
    page.locator(f"input[name=_selected_action][value='{case.pk}']").check()
    page.locator("select[name=action]").select_option("publish")
    page.locator("button[name=index]").click()
    expect(page.locator(".messagelist")).to_be_visible()
    case.refresh_from_db()
    assert case.status == GoodPractice.Status.PUBLISHED
    page.context.clear_cookies()  # a visitor, not staff
    with translation.override("hu"):
        response = page.goto(site + case.get_absolute_url())
    assert response.status == 200
    expect(page.locator("h1")).to_have_text("Határon átnyúló beszállítói napok")


def test_editor_fills_hungarian_tab_and_sees_it_on_the_public_page(page, site):
    user = get_user_model().objects.create_superuser(
        "editor", "editor@example.org", "pw-Regionet-1"
    )
    network = Network.objects.filter(description_hu="").first()
    page.goto(site + "/admin/login/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", "pw-Regionet-1")
    page.click("input[type=submit]")
    page.goto(site + f"/admin/network/network/{network.pk}/change/")
    # modeltranslation's tabs (jQuery UI, served by the portal, under our CSP)
    hungarian_tabs = page.locator(".ui-tabs-nav a", has_text="HU").all()
    assert hungarian_tabs
    for tab in hungarian_tabs:
        tab.click()
    description = page.locator("#id_description_hu")
    expect(description).to_be_visible()
    description.fill("Az észak-burgenlandi vállalkozói hálózat magyar bemutatkozása.")
    page.click("input[name=_save]")
    expect(page.locator(".messagelist")).to_be_visible()
    with translation.override("hu"):
        page.goto(site + network.get_absolute_url())
    expect(page.locator("main")).to_contain_text("magyar bemutatkozása")
    expect(page.locator(".fallback-notice")).to_have_count(0)


@pytest.mark.parametrize(("width", "height"), [(390, 844), (1366, 900)])
def test_key_pages_at_phone_and_desktop_widths(page, site, artifacts, width, height):
    page.set_viewport_size({"width": width, "height": height})
    for name, url in page_type_urls().items():
        response = page.goto(site + url)
        assert response.status in (200, 404)
        # Nothing wider than the screen: no horizontal scrolling on a phone.
        assert page.evaluate("document.documentElement.scrollWidth") <= width, name
        page.screenshot(path=artifacts / f"{name.replace('/', '-')}-{width}.png", full_page=True)


def test_visitor_switches_language_on_trip_and_case_pages(page, site):
    from goodpractice.models import GoodPractice
    from studytrips.models import StudyTrip

    for obj in [StudyTrip.objects.public().first(), GoodPractice.objects.public().first()]:
        page.goto(site + obj.get_absolute_url())
        switch_language(page, "Magyar")
        with translation.override("hu"):
            assert page.url == site + obj.get_absolute_url()
        expect(page.locator("html")).to_have_attribute("lang", "hu")
        switch_language(page, "Deutsch")
        assert page.url == site + obj.get_absolute_url()


def test_entrepreneur_filters_library_by_two_facets_pages_through_and_opens_a_case(page, site):
    from goodpractice.models import Instrument
    from tests.factories import GoodPracticeFactory

    instrument = Instrument.objects.order_by("position").first()
    for number in range(14):
        GoodPracticeFactory(
            title_de=f"Grenzprojekt {number:02d}", countries="AT,HU", instruments=[instrument]
        )
    page.goto(site + "/de/good-practice/")
    page.locator(".facet-link", has_text=instrument.name_de).first.click()
    page.locator("#facet-country + ul .facet-link", has_text="Österreich").click()
    assert f"instrument={instrument.code}" in page.url and "country=AT" in page.url
    expect(page.locator(".facet-link.active")).to_have_count(2)
    page.get_by_role("link", name="Weiter").click()
    assert "page=2" in page.url and "country=AT" in page.url
    first_case = page.locator("main article h2 a, main article h3 a").first
    title = first_case.inner_text()
    first_case.click()
    expect(page.locator("h1")).to_contain_text(title)


def test_entrepreneur_registers_for_a_trip_and_gets_the_confirmation_email(page, site, mailoutbox):
    from django.utils import timezone

    from studytrips.models import Registration, StudyTrip

    trip = (
        StudyTrip.objects.public()
        .filter(start_date__gt=timezone.localdate())
        .order_by("start_date")
        .first()
    )
    with translation.override("hu"):
        page.goto(site + trip.get_absolute_url())
    page.locator("main").get_by_role("link", name="Jelentkezem").first.click()
    page.get_by_label("Az Ön neve").fill("Kovács Anna")
    page.get_by_label("E-mail").fill("anna.kovacs@example.org")
    page.get_by_label("Vállalkozás vagy szervezet").fill("Rábamenti Motorkomponens Kft.")
    page.locator("input[name=consent]").check()
    page.locator("main form [type=submit]").click()
    expect(page.locator("main")).to_contain_text("Kovács Anna")
    registration = Registration.objects.get(email="anna.kovacs@example.org")
    assert registration.trip == trip
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == ["anna.kovacs@example.org"]


def test_menu_button_opens_the_navigation_on_a_phone(page, site):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(site + "/hu/")
    menu_link = page.locator("#main-nav").get_by_role("link", name="Hálózatok")
    expect(menu_link).to_be_hidden()
    button = page.get_by_role("button", name="Menü megnyitása")
    button.click()
    expect(button).to_have_attribute("aria-expanded", "true")
    expect(menu_link).to_be_visible()
    menu_link.click()
    assert "/hu/halozatok/" in page.url


@pytest.mark.parametrize(("width", "height"), [(390, 844), (1366, 900)])
def test_visitor_searches_from_the_header_without_accents_and_finds_the_network(
    page, site, width, height
):
    page.set_viewport_size({"width": width, "height": height})
    network = Network.objects.exclude(name_hu="").order_by("pk").first()
    page.goto(site + "/hu/")
    # The search box is visible without opening the menu, on a phone too.
    box = page.get_by_role("searchbox", name="Keresés a portál tartalmában")
    expect(box).to_be_visible()
    box.fill("halozat")
    box.press("Enter")
    expect(page).to_have_url(site + "/hu/kereses/?q=halozat")
    expect(page.locator("h1")).to_have_text("Keresés")
    expect(page.locator(".search-result mark").first).to_be_visible()
    page.get_by_role("link", name=network.name_hu).first.click()
    with translation.override("hu"):
        assert page.url == site + network.get_absolute_url()


def test_visitor_searches_in_hungarian_without_accents_and_finds_the_case(page, site):
    from goodpractice.models import GoodPractice

    case = GoodPractice.objects.public().get(slug_de="regionalmarketing-netzwerk-oberlausitz")
    assert "á" in case.title_hu or "ő" in case.title_hu or "é" in case.title_hu
    page.goto(site + "/hu/")
    box = page.get_by_role("searchbox", name="Keresés a portál tartalmában")
    box.fill("felso lausitzi regionalis marketing")
    box.press("Enter")
    result = page.locator(".search-result").filter(has_text=case.title_hu).first
    expect(result).to_be_visible()
    result.get_by_role("link").first.click()
    expect(page.locator("h1")).to_have_text(case.title_hu)
