"""The runner's schemathesis hooks: what it will not send, and why."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from docs2api.testing import filter_case


@pytest.mark.parametrize(
    ("params", "sent"),
    [
        ({"project_id": "p1", "keypair_name": "mine"}, True),
        ({"keypair_name": " "}, True),
        ({"keypair_name": "a.b"}, True),
        ({"keypair_name": 0}, True),
        ({}, True),
        ({"project_id": "p1", "keypair_name": ""}, False),
        ({"keypair_name": "."}, False),
        ({"keypair_name": ".."}, False),
    ],
)
def test_a_case_is_sent_only_when_each_path_parameter_fills_its_segment(
    params: dict[str, object], sent: bool
) -> None:
    assert filter_case(None, SimpleNamespace(path_parameters=params)) is sent
