"""Shortcuts of the builder against the plain code they skip."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from scraper.build import dedupe_placeholders

_TEMPLATE = re.compile(r"\{([^{}]*)\}")


def _renamed(path: str) -> str:
    """``dedupe_placeholders`` without its shortcut: every placeholder through the renamer."""
    seen: dict[str, int] = {}

    def rename(match: re.Match[str]) -> str:
        name = match.group(1)
        seen[name] = seen.get(name, 0) + 1
        return "{" + name + "}" if seen[name] == 1 else "{" + f"{name}_{seen[name]}" + "}"

    return _TEMPLATE.sub(rename, path)


_segments = st.one_of(
    st.sampled_from(["v1", "servers", "{id}", "{project_id}", "{id_2}", "{}", "{", "}", "a{b}c"]),
    st.text(alphabet="ab{}_/", max_size=6),
)


@given(st.lists(_segments, max_size=6))
def test_dedupe_placeholders_is_the_renamer_on_every_path(segments: list[str]) -> None:
    path = "/" + "/".join(segments)
    assert dedupe_placeholders(path) == _renamed(path)
