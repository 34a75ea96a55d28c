"""Every public page type, in both languages, is valid HTML for the W3C Nu checker."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from django.core.management import call_command

from tests.quality.pages import page_type_urls

pytestmark = pytest.mark.django_db

VNU = (
    Path(__file__).resolve().parents[2] / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
)


def test_public_pages_are_valid_html(client, tmp_path):
    assert VNU.exists(), "run `make test` (npm ci installs vnu-jar)"
    assert shutil.which("java"), "the Nu checker needs Java (make test installs it)"
    call_command("load_demo", verbosity=0)
    files = {}
    for name, url in page_type_urls().items():
        response = client.get(url)
        assert response.status_code in (200, 404), url
        path = tmp_path / (name.replace("/", "-") + ".html")
        path.write_bytes(response.content)
        files[str(path)] = url
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--format", "json", "--errors-only", *files],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    errors = [
        f"{files.get(m.get('url', '').removeprefix('file:'), m.get('url'))}: {m['message']}"
        for m in messages
        if m["type"] == "error"
    ]
    assert errors == []
