"""Crawl scope and page names: in-scope URLs map to flat safe names, hostile ones cannot escape."""

from __future__ import annotations

import re

import pytest

from scraper.crawl_engine import retry_after_seconds
from scraper.crawl_names import clean_url, looks_like_page, page_name, scope_of

SAFE = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9._-]*\.(html|json)$")
SCOPE = scope_of("https://support.example.com/api-modelarts/modelarts_03_0139.html")
BASE = "https://support.example.com/api-modelarts/"


def test_scope_is_host_and_folder_of_the_start_url() -> None:
    assert SCOPE.host == "support.example.com"
    assert SCOPE.prefix == "/api-modelarts/"
    assert scope_of("http://h:8080/a/b/").prefix == "/a/b/"
    assert scope_of("http://h/a/b/", "/a").prefix == "/a/"
    assert SCOPE.contains(BASE + "x.html")
    assert SCOPE.contains("http://support.example.com/api-modelarts/x.html")  # http<->https
    assert not SCOPE.contains("https://support.example.com/api-other/x.html")
    assert not SCOPE.contains("https://evil.example.com/api-modelarts/x.html")
    assert not SCOPE.contains("https://support.example.com/api-modelarts/../secret.html")
    assert not SCOPE.contains("ftp://support.example.com/api-modelarts/x.html")


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("modelarts_03_0139.html", "modelarts_03_0139.html"),
        ("CreateDataset.html", "CreateDataset.html"),
        ("CLASS.TXT.json", "CLASS.TXT.json"),
        ("ALL_META.TXT.json", "ALL_META.TXT.json"),
        ("", "index.html"),
        ("nested/deep/page.htm", "nested__deep__page.html"),
        ("sub/", "sub__index.html"),
    ],
)
def test_ordinary_pages_keep_their_names(path: str, name: str) -> None:
    assert page_name(BASE + path, SCOPE) == name


@pytest.mark.parametrize(
    "path",
    [
        "%2e%2e/%2e%2e/etc/passwd.html",
        "..%2F..%2Fescape.html",
        "..%5C..%5Cescape.html",
        "%2Fetc%2Fpasswd",
        "nul%00byte.html",
        ".hidden.html",
        "...",
        "%E4%B8%AD%E6%96%87.html",
        "x" * 400 + ".html",
        "page.html?a=../../b",
        "a%20b%3Cscript%3E.html",
        "C:%5Cwindows%5Cwin.ini",
    ],
)
def test_hostile_paths_become_safe_flat_names(path: str) -> None:
    name = page_name(BASE + path, SCOPE)
    assert name is not None
    assert SAFE.match(name), name
    assert len(name) <= 120 and ".." not in name and "/" not in name


def test_lossy_names_are_distinct_and_stable() -> None:
    a = page_name(BASE + "a%3Fb.html", SCOPE)
    b = page_name(BASE + "a%2Ab.html", SCOPE)
    c = page_name(BASE + "a_b.html", SCOPE)
    assert len({a, b, c}) == 3
    assert a == page_name(BASE + "a%3Fb.html", SCOPE)
    assert page_name(BASE + "p.html?x=1", SCOPE) != page_name(BASE + "p.html?x=2", SCOPE)


def test_out_of_scope_has_no_name() -> None:
    assert page_name("https://support.example.com/other/x.html", SCOPE) is None
    assert page_name("https://elsewhere.example.com/api-modelarts/x.html", SCOPE) is None


def test_clean_url_resolves_and_drops_fragments_and_odd_schemes() -> None:
    assert clean_url(BASE + "a.html", "b.html#sec") == BASE + "b.html"
    assert clean_url(BASE + "a.html", "../x.html") == "https://support.example.com/x.html"
    for href in ("#top", "mailto:a@b.c", "javascript:alert(1)", "data:text/html,hi", " "):
        assert clean_url(BASE + "a.html", href) is None
    assert clean_url(BASE + "a.html", "http://[::1") is None


def test_only_pages_and_folders_look_like_pages() -> None:
    assert looks_like_page(BASE + "a.html") and looks_like_page(BASE + "sub/")
    assert looks_like_page(BASE + "noext")
    for other in ("a.png", "a.gif", "PARAMETERS.txt", "x.pdf", "style.css", "app.js"):
        assert not looks_like_page(BASE + other)


def test_retry_after_accepts_seconds_and_http_dates() -> None:
    assert retry_after_seconds(b"120") == 120.0
    assert retry_after_seconds(" 3 ") == 3.0
    assert retry_after_seconds(None) is None
    assert retry_after_seconds(b"soon") is None
    date = "Wed, 21 Oct 2015 07:28:00 GMT"
    assert retry_after_seconds(date, now=1445412480.0 - 30) == pytest.approx(30.0)
    assert retry_after_seconds(date, now=1445412480.0 + 30) == 0.0
