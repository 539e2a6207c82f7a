"""The runner's helpers: the schemathesis hook (what it will not send) and the workflow subset."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from docs2api.testing import filter_case, lifecycle_subset
from tests.contract.items_app import ITEMS_SPEC


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


def test_the_workflow_subset_keeps_create_get_delete_and_their_links() -> None:
    subset = lifecycle_subset(ITEMS_SPEC)
    assert {path: sorted(item) for path, item in subset["paths"].items()} == {
        "/v1/{project_id}/items": ["post"],
        "/v1/{project_id}/items/{item_id}": ["delete", "get"],
    }
    created = subset["paths"]["/v1/{project_id}/items"]["post"]["responses"]["201"]
    assert sorted(created["links"]) == ["DeleteItem", "GetItem"]
    assert subset["components"] == ITEMS_SPEC["components"]
    assert "get" in ITEMS_SPEC["paths"]["/v1/{project_id}/items"]  # the input is left alone


def test_the_workflow_subset_drops_links_to_operations_left_out() -> None:
    spec = lifecycle_subset(ITEMS_SPEC)
    spec["paths"]["/v1/{project_id}/items/{item_id}"].pop("delete")
    assert lifecycle_subset(spec)["paths"] == {}
