"""The stateful mock never stores a resource under an id its own item URL cannot reach."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import pytest
from starlette.testclient import TestClient

from docs2api.mock import create_app

_NAME = {"name": "keypair_name", "in": "path", "required": True, "schema": {"type": "string"}}
_PROJECT = {"name": "project_id", "in": "path", "required": True, "schema": {"type": "string"}}
_KEYPAIR = {
    "type": "object",
    "required": ["keypair"],
    "properties": {
        "keypair": {
            "type": "object",
            "required": ["name"],
            "properties": {"name": {"type": "string"}},
        }
    },
}
_OK = {"description": "OK", "content": {"application/json": {"schema": _KEYPAIR}}}

SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Keypairs", "version": "1"},
    "paths": {
        "/v1/{project_id}/keypairs": {
            "post": {
                "operationId": "CreateKeypair",
                "parameters": [_PROJECT],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": _KEYPAIR}},
                },
                "responses": {"200": _OK},
            },
        },
        "/v1/{project_id}/keypairs/{keypair_name}": {
            "get": {
                "operationId": "ShowKeypair",
                "parameters": [_PROJECT, _NAME],
                "responses": {"200": _OK},
            },
            "delete": {
                "operationId": "DeleteKeypair",
                "parameters": [_PROJECT, _NAME],
                "responses": {"204": {"description": "Deleted"}},
            },
        },
    },
}


@pytest.mark.parametrize(
    ("chosen", "kept"), [("mine", True), (".", False), ("..", False), ("", False)]
)
def test_a_client_chosen_id_is_kept_only_when_its_url_can_reach_it(chosen: str, kept: bool) -> None:
    client = TestClient(create_app(SPEC, stateful=True))
    created = client.post("/v1/p1/keypairs", json={"keypair": {"name": chosen}})
    assert created.status_code == 200, created.text
    name = created.json()["keypair"]["name"]
    assert (name == chosen) is kept
    # dot segments would be normalised away: the item URL would name the collection instead
    assert name not in ("", ".", "..")
    url = "/v1/p1/keypairs/" + quote(name, safe="")
    assert client.get(url).status_code == 200
    assert client.delete(url).status_code == 204
    assert client.get(url).status_code == 404
