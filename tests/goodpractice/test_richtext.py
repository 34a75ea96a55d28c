import pytest
from django.template import Context, Template

from goodpractice.richtext import clean_html, plain_text, render_html

HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(1)">x</a>',
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    '<a href="jav&#x09;ascript:alert(1)">x</a>',
    '<iframe src="https://evil.example/">inner</iframe>',
    '<p style="background:url(javascript:alert(1))">styled</p>',
    '<svg onload="alert(1)"><circle r="1"/></svg>',
    '<object data="x.swf"></object><embed src="x.swf">',
    "<style>body{display:none}</style>",
    '<div onmouseover="alert(1)">hover</div>',
    '<form action="https://evil.example/"><input name="x"></form>',
    "<!-- <script>alert(1)</script> -->",
    "<scr<script>ipt>alert(1)</script>",
]


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_markup_never_survives(hostile):
    for output in (clean_html(f"Text {hostile} Ende"), render_html(f"Text {hostile} Ende")):
        lowered = output.lower()
        for forbidden in (
            "<script",
            "onerror",
            "onload",
            "onmouseover",
            "javascript:",
            "<iframe",
            "<svg",
            "<object",
            "<embed",
            "<style",
            "style=",
            "<form",
            "<input",
        ):
            assert forbidden not in lowered, (hostile, output)


def test_safe_formatting_is_kept():
    html = (
        "<p>Eins <strong>fett</strong> <em>kursiv</em></p><ul><li>a</li></ul><ol><li>b</li></ol>"
        '<p><a href="https://example.org/x" title="Quelle">Link</a> '
        '<a href="mailto:info@example.org">Mail</a> <a href="/de/netzwerke/">intern</a></p>'
    )
    cleaned = render_html(html)
    for kept in (
        "<strong>fett</strong>",
        "<em>kursiv</em>",
        "<ul><li>a</li></ul>",
        "<ol><li>b</li></ol>",
        'href="https://example.org/x"',
        'title="Quelle"',
        'href="mailto:info@example.org"',
        'href="/de/netzwerke/"',
        'rel="noopener noreferrer"',
    ):
        assert kept in cleaned


def test_plain_text_with_blank_lines_becomes_paragraphs():
    assert render_html("Erster Absatz\nzweite Zeile\n\nZweiter Absatz") == (
        "<p>Erster Absatz<br>zweite Zeile</p><p>Zweiter Absatz</p>"
    )
    assert render_html("A & B < C") == "<p>A &amp; B &lt; C</p>"
    assert render_html("") == ""
    assert render_html(None) == ""


def test_plain_text_for_descriptions_has_no_markup():
    assert plain_text("<p>Eins &amp; zwei</p><ul><li>drei</li></ul><script>x()</script>") == (
        "Eins & zwei drei"
    )


def test_sanitize_filter_cleans_on_output():
    template = Template("{% load goodpractice %}{{ text|sanitize }}")
    output = template.render(Context({"text": '<p onclick="x">Hi</p><script>alert(1)</script>'}))
    assert output == "<p>Hi</p>"
