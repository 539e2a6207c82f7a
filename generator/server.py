"""Server stubs from a spec: an ASGI package with typed request models and handler classes per tag.

The generated app routes every operation through ``docs2api.mock`` (validation, auth, errors)
and calls the team's handler when one is implemented; otherwise the mock answers.
"""

from __future__ import annotations

import json
import keyword
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator import names, render
from generator.specnodes import as_list, as_mapping

TEMPLATES = Path(__file__).parent / "templates" / "server"
_COMPONENT = "#/components/schemas/"
_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
_PEP440 = re.compile(r"^[0-9]+(\.[0-9]+)*$")
_IGNORED_HEADERS = frozenset({"accept", "content-type", "authorization"})


@dataclass
class FieldView:
    """One key of a generated TypedDict."""

    key: str  # a Python string literal
    attr: str  # the key itself when it is a usable identifier (class syntax), else ""
    type: str
    plain: str  # the type without quoted forward references (class-syntax annotations)
    required: bool
    comment: str


@dataclass
class ModelView:
    """One generated TypedDict."""

    name: str
    title: str  # string literal of the name (TypedDict's first argument)
    fields: list[FieldView]
    comment: str
    functional: bool  # keys that are not identifiers need TypedDict("Name", {...})


@dataclass
class ParamView:
    """One request parameter as a dataclass field."""

    attr: str
    name: str  # string literal of the wire name
    location: str  # path, query, headers
    type: str
    plain: str  # the type without quoted forward references (for annotations and casts)
    required: bool


@dataclass
class OperationView:
    """One operation: its request class, handler method and adapter."""

    operation_id: str  # string literal
    operation_id_md: str  # markdown table cell
    method: str
    path: str  # comment/docstring-safe
    path_literal: str
    path_md: str
    method_name: str
    request_class: str
    adapter: str
    params: list[ParamView]
    body_type: str | None
    body_plain: str | None
    body_required: bool
    summary: str  # docstring-safe
    handler_class: str


@dataclass
class HandlerClassView:
    """The handler base class of one tag."""

    name: str
    tag: str  # docstring-safe
    operations: list[OperationView] = field(default_factory=list)


class _Types:
    """Python type expressions for schemas; object schemas become TypedDicts."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec = spec
        self.components = as_mapping(as_mapping(spec.get("components")).get("schemas"))
        self.taken: set[str] = set()
        self.models: dict[str, ModelView] = {}
        self.component_names: dict[str, str] = {}
        for name in sorted(self.components):
            self.component_names[name] = names.unique(
                names.pascal(name, prefix="Model"), self.taken
            )
        self._building: set[str] = set()

    def reserve(self, name: str) -> str:
        """A unique class name for something that is not a model (request classes)."""
        return names.unique(name, self.taken)

    def component(self, name: str, depth: int = 0) -> str:
        """The type of a component schema (a model name, quoted, for objects)."""
        schema = self.components.get(name)
        if not isinstance(schema, Mapping):
            return "Any"
        model = self.component_names[name]
        if _is_model(schema):
            if model not in self.models and model not in self._building:
                self._building.add(model)
                self.models[model] = self._model(model, schema, depth)
                self._building.discard(model)
            return f'"{model}"'
        if name in self._building:
            return "Any"
        self._building.add(name)
        try:
            return self.type_of(schema, model, depth + 1)
        finally:
            self._building.discard(name)

    def type_of(self, schema: Any, hint: str, depth: int = 0) -> str:
        """A type expression for a schema; inline objects become TypedDicts named from `hint`."""
        if depth > 20 or not isinstance(schema, Mapping):
            return "Any"
        ref = schema.get("$ref")
        if isinstance(ref, str):
            if ref.startswith(_COMPONENT) and ref[len(_COMPONENT) :] in self.components:
                return self.component(ref[len(_COMPONENT) :], depth)
            return "Any"
        base = self._base(schema, hint, depth)
        if schema.get("nullable") is True and base != "Any":
            return f"{base} | None"
        return base

    def _base(self, schema: Mapping[str, Any], hint: str, depth: int) -> str:
        for key in ("oneOf", "anyOf"):
            options = schema.get(key)
            if isinstance(options, list) and options:
                types = [
                    self.type_of(o, f"{hint}Option{i + 1}", depth + 1)
                    for i, o in enumerate(options)
                ]
                return "Any" if "Any" in types else " | ".join(dict.fromkeys(types))
        all_of = schema.get("allOf")
        if isinstance(all_of, list) and len(all_of) == 1 and not _is_model(schema):
            return self.type_of(all_of[0], hint, depth + 1)
        if _is_model(schema):
            model = names.unique(names.pascal(hint, prefix="Model"), self.taken)
            self.models[model] = self._model(model, schema, depth)
            return f'"{model}"'
        kind = schema.get("type")
        if kind == "array":
            return f"list[{self.type_of(schema.get('items'), hint + 'Item', depth + 1)}]"
        if kind == "object" or "additionalProperties" in schema:
            extra = schema.get("additionalProperties")
            value = (
                self.type_of(extra, hint + "Value", depth + 1)
                if isinstance(extra, Mapping)
                else "Any"
            )
            return f"dict[str, {value}]"
        if isinstance(kind, str) and kind in _SCALARS:
            return _SCALARS[kind]
        return "Any"

    def _model(self, model: str, schema: Mapping[str, Any], depth: int) -> ModelView:
        properties, required = _properties(self, schema)
        fields: list[FieldView] = []
        for prop, sub in properties.items():
            kind = self.type_of(sub, model + names.pascal(prop), depth + 1)
            usable = names.is_identifier(prop) and not keyword.iskeyword(prop)
            fields.append(
                FieldView(
                    key=names.string_literal(prop),
                    attr=prop if usable else "",
                    type=kind,
                    plain=kind.replace('"', ""),
                    required=prop in required,
                    comment=names.comment(
                        str(sub.get("description", "")) if isinstance(sub, Mapping) else ""
                    ),
                )
            )
        return ModelView(
            name=model,
            title=names.string_literal(model),
            fields=fields,
            comment=names.comment(str(schema.get("description", ""))),
            functional=any(not f.attr for f in fields),
        )


def _is_model(schema: Mapping[str, Any]) -> bool:
    props = schema.get("properties")
    if isinstance(props, Mapping) and props:
        return True
    parts = schema.get("allOf")
    return isinstance(parts, list) and len(parts) > 1


def _properties(types: _Types, schema: Mapping[str, Any]) -> tuple[dict[str, Any], set[str]]:
    """Properties and required names of an object schema, allOf parts merged."""
    properties: dict[str, Any] = {}
    required: set[str] = set()
    for part in schema.get("allOf") or []:
        resolved = part
        ref = part.get("$ref") if isinstance(part, Mapping) else None
        if isinstance(ref, str) and ref.startswith(_COMPONENT):
            resolved = types.components.get(ref[len(_COMPONENT) :], {})
        if isinstance(resolved, Mapping):
            more, needed = _properties(types, resolved)
            properties.update(more)
            required |= needed
    raw = schema.get("properties")
    if isinstance(raw, Mapping):
        properties.update({str(k): v for k, v in raw.items()})
    listed = schema.get("required")
    if isinstance(listed, list):
        required |= {str(n) for n in listed}
    return properties, required


def _deref(spec: Mapping[str, Any], node: Any) -> Any:
    for _ in range(16):
        if not (isinstance(node, Mapping) and isinstance(node.get("$ref"), str)):
            return node
        target: Any = spec
        for token in str(node["$ref"]).lstrip("#/").split("/"):
            token = token.replace("~1", "/").replace("~0", "~")
            target = target.get(token) if isinstance(target, Mapping) else None
        node = target
    return node


def build_view(spec: Mapping[str, Any], package_name: str) -> dict[str, Any]:
    """Everything the templates need, decided here."""
    types = _Types(spec)
    classes: dict[str, HandlerClassView] = {}
    class_names: set[str] = set()
    ops: list[OperationView] = []
    adapters: set[str] = set()
    for path, raw_item in sorted(as_mapping(spec.get("paths")).items()):
        item = _deref(spec, raw_item)
        if not isinstance(item, Mapping):
            continue
        for method in _METHODS:
            op = item.get(method)
            if not isinstance(op, Mapping):
                continue
            op_id = str(op.get("operationId") or f"{method} {path}")
            tags = op.get("tags")
            tag = str(tags[0]) if isinstance(tags, list) and tags else "Default"
            if tag not in classes:
                class_name = names.unique(names.pascal(tag, prefix="Tag") + "Handlers", class_names)
                classes[tag] = HandlerClassView(
                    class_name, names.docstring_text(names.comment(tag))
                )
            handler = classes[tag]
            taken_methods = {o.method_name for o in handler.operations}
            method_name = names.unique(names.snake(op_id, prefix="op_"), taken_methods)
            request_class = types.reserve(names.pascal(op_id, prefix="Op") + "Input")
            view = OperationView(
                operation_id=names.string_literal(op_id),
                operation_id_md=_markdown(op_id),
                method=method.upper(),
                path=names.docstring_text(names.comment(str(path))),
                path_literal=names.string_literal(str(path)),
                path_md=_markdown(str(path)),
                method_name=method_name,
                request_class=request_class,
                adapter=names.unique("_" + names.snake(op_id, prefix="op_"), adapters),
                params=[],
                body_type=None,
                body_plain=None,
                body_required=False,
                summary=names.docstring_text(
                    names.comment(str(op.get("summary") or op.get("description") or op_id))
                ),
                handler_class=handler.name,
            )
            _params(spec, types, item, op, view)
            body = _deref(spec, op.get("requestBody"))
            content = body.get("content") if isinstance(body, Mapping) else None
            if isinstance(content, Mapping) and content:
                media = next((m for m in content if "json" in str(m)), None)
                schema = (
                    content[media].get("schema")
                    if media and isinstance(content[media], Mapping)
                    else None
                )
                view.body_type = (
                    types.type_of(schema, request_class[: -len("Input")] + "Body")
                    if media
                    else "bytes"
                )
                view.body_plain = view.body_type.replace('"', "")
                view.body_required = bool(body.get("required"))
            handler.operations.append(view)
            ops.append(view)
    for name in sorted(types.components):
        types.component(name)
    info = as_mapping(spec.get("info"))
    title = info.get("title")
    version = str(info.get("version") or "0.1.0")
    return {
        "package": package_name,
        # JSON strings are valid TOML basic strings
        "version_toml": json.dumps(version if _PEP440.match(version) else "0.1.0"),
        "description_toml": json.dumps(names.comment(f"Server stubs for {title or package_name}")),
        "title": names.docstring_text(names.comment(str(title or package_name))),
        "title_comment": names.comment(str(title or package_name)),
        "models": [types.models[k] for k in sorted(types.models)],
        "classes": [classes[k] for k in sorted(classes, key=lambda t: classes[t].name)],
        "operations": ops,
    }


def _params(
    spec: Mapping[str, Any],
    types: _Types,
    item: Mapping[str, Any],
    op: Mapping[str, Any],
    view: OperationView,
) -> None:
    merged: dict[tuple[str, str], Mapping[str, Any]] = {}
    for source in (item.get("parameters"), op.get("parameters")):
        for raw in as_list(source):
            param = _deref(spec, raw)
            if isinstance(param, Mapping) and isinstance(param.get("name"), str):
                merged[(str(param["name"]), str(param.get("in")))] = param
    taken = {"body"}
    for (name, location), param in merged.items():
        if location not in ("path", "query", "header") or (
            location == "header" and name.lower() in _IGNORED_HEADERS
        ):
            continue
        attr = names.unique(names.snake(name, prefix="param_"), taken)
        kind = types.type_of(param.get("schema", {}), view.request_class + names.pascal(name))
        view.params.append(
            ParamView(
                attr=attr,
                name=names.string_literal(name),
                location="headers" if location == "header" else location,
                type=kind,
                plain=kind.replace('"', ""),
                required=bool(param.get("required")) or location == "path",
            )
        )
    view.params.sort(key=lambda p: not p.required)


def _markdown(text: str) -> str:
    return "`" + names.comment(text).replace("`", "'").replace("|", "\\|") + "`"


def generate_server(spec: dict[str, Any], out_dir: Path, *, package_name: str) -> list[Path]:
    """Write the server package under out_dir/<package_name> (plus README.md); returns the files."""
    package = names.package_name(package_name)
    view = build_view(spec, package)
    target = out_dir / package
    written: list[Path] = []
    env = render.environment(TEMPLATES)
    for template, name in (
        ("__init__.py.j2", "__init__.py"),
        ("models.py.j2", "models.py"),
        ("handlers.py.j2", "handlers.py"),
        ("app.py.j2", "app.py"),
        ("__main__.py.j2", "__main__.py"),
    ):
        written.append(render.write(target / name, env.get_template(template).render(**view)))
    written.append(render.write(target / "py.typed", ""))
    spec_text = json.dumps(spec, ensure_ascii=False, indent=1, sort_keys=False) + "\n"
    written.append(render.write(target / "openapi.json", spec_text))
    readme = env.get_template("README.md.j2").render(**view)
    written.append(render.write(out_dir / "README.md", readme))
    project = env.get_template("pyproject.toml.j2").render(**view)
    written.append(render.write(out_dir / "pyproject.toml", project))
    render.format_python(
        [p for p in written if p.suffix == ".py"], config=out_dir / "pyproject.toml"
    )
    return written
