"""Reading spec documents (YAML or JSON) into plain data: one reader for every command.

PyYAML's own scanner is pure Python: it read the two corpus services' spec (3 MB) in about
six seconds, most of ``docs2api diff``'s and ``lint``'s time. Here libyaml (which PyYAML's
wheels ship) parses, and what PyYAML then does in Python per value is cut to the common
shapes: a plain scalar's tag is worked out once per distinct text (specs repeat ``type``,
``string``, ``description``... thousands of times), and mappings, sequences and scalars with
the standard tags are built in one recursive pass instead of the constructor's generic
machinery. The cyclic collector is paused meanwhile: it rescanned the growing node tree
again and again (three quarters of libyaml's own composing time). Anything else (merge
keys, ``!!set``, ``!!omap``, unknown tags, unhashable keys, nesting deeper than the
recursion limit) goes to PyYAML's safe constructor unchanged, so the values are always
exactly ``yaml.safe_load``'s (property-tested).

A spec is a JSON document, so ``read_spec`` also gives mapping keys that YAML reads as
something else (``200:``, ``null:``, ``yes:``) as the strings JSON would: the commands then
never meet a key they cannot sort or lower-case.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from scraper.gcpause import paused_gc

_LIBYAML: type[yaml.SafeLoader] | None = getattr(yaml, "CSafeLoader", None)
_STR = "tag:yaml.org,2002:str"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
# Scalar tags whose safe constructors build a value from the node alone.
_SCALAR_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("null", "bool", "int", "float", "timestamp", "binary")
)


class _Unusual(Exception):
    """A node the lean pass does not build: PyYAML's constructor builds the document."""


class _Lean:
    """The lean pass above, for a loader class built on ``yaml.SafeLoader``'s parts."""

    yaml_path_resolvers: dict[Any, Any]
    yaml_constructors: dict[Any, Any]

    def __init__(self, stream: str, *, json_keys: bool = False) -> None:
        super().__init__(stream)  # type: ignore[call-arg]
        self._plain_tags: dict[str, str] = {}  # plain scalar text -> its implicit tag
        self._json_keys = json_keys

    def resolve(self, kind: type[Node], value: str, implicit: tuple[bool, bool]) -> str:
        if kind is not ScalarNode or self.yaml_path_resolvers:
            return str(super().resolve(kind, value, implicit))  # type: ignore[misc]
        if not implicit[0]:  # quoted: a string (what resolve gives without path resolvers)
            return _STR
        tag = self._plain_tags.get(value)
        if tag is None:
            tag = self._plain_tags[value] = str(super().resolve(kind, value, implicit))  # type: ignore[misc]
        return tag

    def construct_document(self, node: Node) -> Any:
        try:
            return self._build(node, {})
        except (_Unusual, RecursionError):
            data = super().construct_document(node)  # type: ignore[misc]
            return with_json_keys(data) if self._json_keys else data

    def _build(self, node: Node, built: dict[Node, Any]) -> Any:
        kind = node.__class__
        tag = node.tag
        if kind is ScalarNode:
            if tag == _STR:
                return node.value
            if tag in _SCALAR_TAGS:
                return self.yaml_constructors[tag](self, node)
            raise _Unusual
        done = built.get(node)  # an alias: the same object, as PyYAML gives
        if done is not None:
            return done
        if kind is MappingNode and tag == _MAP:
            mapping: dict[Any, Any] = {}
            built[node] = mapping
            for key_node, value_node in node.value:
                if key_node.tag != _STR and key_node.tag not in _SCALAR_TAGS:
                    raise _Unusual  # merge keys, '=' keys, collections as keys
                key = self._build(key_node, built)
                if key_node.tag != _STR and self._json_keys:
                    key = json_key(key)
                mapping[key] = self._build(value_node, built)
            return mapping
        if kind is SequenceNode and tag == _SEQ:
            items: list[Any] = []
            built[node] = items
            for item in node.value:
                items.append(self._build(item, built))
            return items
        raise _Unusual


class _PyLoader(_Lean, yaml.SafeLoader):
    """PyYAML's own parser: what libyaml refuses (escaped lone surrogates) it may read."""


_LOADERS: list[type[yaml.SafeLoader]] = [_PyLoader]
if _LIBYAML is not None:

    class _CLoader(_Lean, _LIBYAML):  # type: ignore[valid-type,misc]
        """libyaml's parser."""

    _LOADERS.insert(0, _CLoader)


def json_key(key: Any) -> str:
    """A mapping key as JSON writes it: ``200`` -> ``"200"``, ``None`` -> ``"null"``."""
    if isinstance(key, str):
        return key
    if isinstance(key, bool | int | float) or key is None:
        return json.dumps(key)  # (floats as JSON spells them: 1e+20, Infinity)
    if isinstance(key, datetime.date):  # (a datetime is a date too)
        return key.isoformat()
    return str(key)


def with_json_keys(data: Any) -> Any:
    """``data`` with every mapping key that is not a string replaced by ``json_key``'s text,
    in place (a later key wins where two become one, as in a YAML mapping)."""
    stack, seen = [data], set()
    while stack:
        node = stack.pop()
        if id(node) in seen:  # (aliases: one object in several places)
            continue
        seen.add(id(node))
        if isinstance(node, dict):
            if not all(isinstance(key, str) for key in node):
                items = list(node.items())
                node.clear()
                node.update((json_key(key), value) for key, value in items)
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return data


def parse_document(
    text: str, *, as_json: bool = False, name: str | None = None, json_keys: bool = False
) -> Any:
    """The data of a YAML document (what ``yaml.safe_load`` gives), or of a JSON one with
    ``as_json``; raises ``yaml.YAMLError`` or ``ValueError`` (bad JSON) on bad text, whose
    message places the problem in ``name`` (a file name) when given. ``json_keys``: mapping
    keys that are not strings become ``json_key``'s text."""
    if as_json:
        return json.loads(text)
    for index, make in enumerate(_LOADERS):
        loader = make(text, json_keys=json_keys)  # type: ignore[call-arg]
        if name is not None and make is _PyLoader:  # (libyaml's errors are never shown)
            loader.name = name
        try:
            with paused_gc():  # a node per value, no cycles: the collector would rescan them
                return loader.get_single_data()
        except yaml.YAMLError:
            if index == len(_LOADERS) - 1:
                raise
            # libyaml refuses a few texts PyYAML reads ("\uD800"): PyYAML's answer stands
        except RecursionError:  # (PyYAML's composer recurses: libyaml refused 1,000 levels)
            raise yaml.YAMLError("collections nested too deeply to read") from None
        finally:
            loader.dispose()
    raise AssertionError("unreachable")


def load_spec(path: Path | str) -> dict[str, Any]:
    """``read_spec`` for callers that stop on an unusable file: raises ValueError with its
    message."""
    data = read_spec(path)
    if isinstance(data, str):
        raise ValueError(data)
    return data


def read_spec(path: Path | str) -> dict[str, Any] | str:
    """The document at ``path`` (JSON when it ends in ``.json``, else YAML) as a mapping with
    string keys (``json_key``), or a message saying why it cannot be: unreadable, not
    YAML/JSON, or not a mapping."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        return f"cannot read {path}: {reason}"
    try:
        data = parse_document(
            text, as_json=path.suffix.lower() == ".json", name=str(path), json_keys=True
        )
    except (ValueError, yaml.YAMLError) as exc:
        return f"{path} is not valid YAML/JSON: {exc}"
    if not isinstance(data, dict):
        return f"{path} is not an OpenAPI document (its top level is not a mapping)"
    return data
