"""No WCAG 2.1 AA violations found by axe-core on any public page type, in both languages."""

import pytest

from tests.browser.conftest import AXE
from tests.quality.pages import page_type_urls

# serialized_rollback keeps the data migrations' rows (the nine instruments) between tests.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def test_public_pages_have_no_wcag_aa_violations(browser, site):
    assert AXE.exists(), "run `make test` (npm ci installs axe-core)"
    # axe is injected as a script: this context alone lets it past the CSP.
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    problems = []
    for name, url in page_type_urls().items():
        page.goto(site + url)
        page.add_script_tag(path=str(AXE))
        result = page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_AA
        )
        for violation in result["violations"]:
            targets = [node["target"] for node in violation["nodes"]][:3]
            problems.append(f"{name}: {violation['id']} ({violation['help']}) at {targets}")
    context.close()
    assert problems == []
