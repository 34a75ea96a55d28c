"""Property-based tests: whatever a querystring or a form body holds, never a 500."""

from urllib.parse import urlencode

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studytrips.models import Registration, StudyTrip
from tests.quality.pages import page_type_urls

pytestmark = pytest.mark.django_db

KNOWN_PARAMETERS = [
    "q", "page", "sort", "country", "region", "sector", "kind", "size", "network",
    "instrument", "year", "when", "type",
]  # fmt: skip
nasty_text = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["", "0", "-1", "last", "1e9", "%", "_", "'", '"', "\\", "\x00", "AT", "C29"]),
    st.text(alphabet="%&|!():*<->'\"\\_\x00 éőű", max_size=30),
    st.just("x" * 3000),
)
querystrings = st.one_of(
    st.dictionaries(
        st.one_of(st.sampled_from(KNOWN_PARAMETERS), st.text(max_size=10)),
        st.one_of(nasty_text, st.lists(nasty_text, max_size=3)),
        max_size=5,
    ).map(lambda data: urlencode(data, doseq=True)),
    st.text(alphabet="%=&;+abc123\x00é", max_size=60),  # raw, possibly broken encoding
)
FUZZ = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
def demo_urls(db):
    call_command("load_demo", verbosity=0)
    return [url for name, url in page_type_urls().items() if not name.startswith("not-found")]


@FUZZ
@given(data=st.data())
def test_public_pages_never_fail_on_any_querystring(client, demo_urls, data):
    url = data.draw(st.sampled_from(demo_urls))
    query = data.draw(querystrings)
    separator = "&" if "?" in url else "?"
    response = client.get(f"{url}{separator}{query}")
    assert response.status_code < 500, (url, query)


form_values = st.one_of(nasty_text, st.sampled_from(["on", "de", "hu", "a@example.org"]))
form_bodies = st.dictionaries(
    st.sampled_from(
        ["name", "email", "organisation", "phone", "preferred_language", "needs_interpreting",
         "consent", "csrfmiddlewaretoken", "website"]
    ) | st.text(max_size=8),
    form_values,
    max_size=8,
)  # fmt: skip


@FUZZ
@given(body=form_bodies, language=st.sampled_from(["de", "hu"]))
def test_registration_form_never_fails_and_stores_nothing_invalid(
    client, demo_urls, body, language
):
    trip = StudyTrip.objects.public().order_by("-start_date").first()
    with translation.override(language):
        url = reverse("studytrips:trip-register", kwargs={"slug": trip.slug})
    before = Registration.objects.count()
    response = client.post(url, body)
    assert response.status_code < 500, body
    if response.status_code != 302:
        assert Registration.objects.count() == before, body


cooperation_bodies = st.dictionaries(
    st.sampled_from(
        ["kind", "cooperation_type", "title", "text", "sector", "region", "languages", "company",
         "contact_name", "contact_email", "language", "expires_on", "consent", "name", "email",
         "organisation", "message", "website", "own_country", "partner_name", "partner_country",
         "kind", "started_on", "ended_on", "origin", "trip", "description"]
    ) | st.text(max_size=8),
    st.one_of(form_values, st.sampled_from(["offer", "request", "supplier", "2027-01-31", "C28",
                                            "AT", "HU", "2020-01-01", "trip"])),
    max_size=10,
)  # fmt: skip


@FUZZ
@given(body=cooperation_bodies, language=st.sampled_from(["de", "hu"]), form=st.integers(0, 4))
def test_cooperation_forms_never_fail_and_store_nothing_invalid(
    client, demo_urls, body, language, form
):
    from cooperation.models import ContactRequest, Cooperation, CooperationPost
    from network.models import Company, Network

    post = CooperationPost.objects.public().first()
    network = Network.objects.exclude(coordinator=None).first()
    company = Company.objects.public().exclude(email="").first()
    with translation.override(language):
        url = [
            reverse("cooperation:post-create"),
            post.get_absolute_url(),
            reverse("cooperation:network-contact", kwargs={"slug": network.slug}),
            reverse("cooperation:company-contact", kwargs={"slug": company.slug}),
            reverse("cooperation:cooperation-report"),
        ][form]

    def stored():
        models = (CooperationPost, ContactRequest, Cooperation)
        return [model.objects.count() for model in models]

    before = stored()
    response = client.post(url, body)
    assert response.status_code < 500, body
    if response.status_code != 302:
        assert stored() == before, body
