"""Follow every internal link from both home pages: no errors, and every page is complete."""

import re
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db

SKIP_PREFIXES = ("/static/", "/media/", "/admin/")
MAX_PAGES = 600


class PageParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.h1_count, self.hreflangs = [], 0, set()
        self.lang = self.description = None
        self.title, self._in_title = "", False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        elif tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        elif tag == "h1":
            self.h1_count += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "meta" and attrs.get("name") == "description":
            self.description = attrs.get("content")
        elif tag == "link" and attrs.get("rel") == "alternate" and attrs.get("hreflang"):
            self.hreflangs.add(attrs["hreflang"])

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data


def internal(url: str) -> bool:
    parts = urlsplit(url)
    return (
        not parts.scheme
        and not parts.netloc
        and parts.path.startswith("/")
        and not parts.path.startswith(SKIP_PREFIXES)
    )


def test_every_internal_link_works_and_every_page_is_complete(client):
    call_command("load_demo", verbosity=0)
    queue, seen, problems = deque(["/de/", "/hu/"]), {"/de/", "/hu/"}, []
    while queue and len(seen) <= MAX_PAGES:
        url = queue.popleft()
        response = client.get(url, follow=True)
        if response.status_code >= 400:
            problems.append(f"{url}: {response.status_code}")
            continue
        if not response["Content-Type"].startswith("text/html"):
            continue
        parser = PageParser()
        parser.feed(response.content.decode())
        for label, ok in [
            ("lang", parser.lang in {"de", "hu"}),
            ("title", bool(parser.title.strip())),
            ("one h1", parser.h1_count == 1),
            ("description", bool((parser.description or "").strip())),
            ("hreflang pair", {"de", "hu", "x-default"} <= parser.hreflangs),
        ]:
            if not ok:
                problems.append(f"{url}: missing {label}")
        for href in parser.links:
            target = urljoin(url, href).split("#")[0]
            if target and internal(target) and target not in seen:
                seen.add(target)
                queue.append(target)
    assert problems == []
    assert len(seen) > 50
    assert any(re.match(r"^/hu/vallalkozasok/[a-z0-9-]+/$", url) for url in seen)
