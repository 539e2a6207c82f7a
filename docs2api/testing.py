"""Property-test a spec with schemathesis: every check, every phase, stateful links included.

The run goes through schemathesis' own engine (``schemathesis.engine.from_schema(...)
.execute()``), the code path its CLI uses, rather than through the CLI in a subprocess: the
engine runs the examples, coverage, fuzzing and stateful phases with every registered check,
and its event stream gives us each case, check result and stateful transition as objects, so
the summary, the JUnit XML and the "which links did the stateful phase walk" figure are built
from data rather than scraped from terminal output. Credentials are applied as a ``requests``
auth object, i.e. to the final serialized request (URL, headers and body as sent), which is
what AK/SK signing needs; the same path serves a real endpoint and an in-process ASGI app.
"""

from __future__ import annotations

import os
import re
import secrets
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import requests

from docs2api.signing import Credentials, sign

PHASES = ("examples", "coverage", "fuzzing", "stateful")
ENV_AK = "HUAWEICLOUD_SDK_AK"
ENV_SK = "HUAWEICLOUD_SDK_SK"
ENV_PROJECT = "HUAWEICLOUD_SDK_PROJECT_ID"
ENV_TOKEN = "HUAWEICLOUD_SDK_TOKEN"
ENV_SECURITY_TOKEN = "HUAWEICLOUD_SDK_SECURITY_TOKEN"

_WRITE_METHODS = ("put", "post", "delete", "patch", "options", "trace")
# Checks that send methods the spec does not declare for a path (a read-only run must not send
# POST or DELETE, and the server does support the writes the read-only copy leaves out).
READ_ONLY_DISABLED_CHECKS = ("unsupported_method", "allow_header_conformance")
READ_ONLY_UNEXPECTED_METHODS = ("GET",)  # the coverage phase's undeclared-method cases


class HuaweiAuth(requests.auth.AuthBase):
    """Adds Huawei credentials to the final prepared request: a token, or an AK/SK signature.

    ``project_id`` is sent as ``X-Project-Id`` (signed with the rest when signing).
    """

    def __init__(
        self,
        *,
        credentials: Credentials | None = None,
        token: str | None = None,
        project_id: str | None = None,
    ) -> None:
        self.credentials = credentials
        self.token = token
        self.project_id = project_id

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        if self.project_id and "X-Project-Id" not in request.headers:
            request.headers["X-Project-Id"] = self.project_id
        if self.token:
            request.headers["X-Auth-Token"] = self.token
        if self.credentials is not None:
            # Anything a previous attempt (or generated data) left would be signed over or clash.
            for name in ("Authorization", "X-Sdk-Date", "Host"):
                request.headers.pop(name, None)
            body = request.body
            raw = body.encode("utf-8") if isinstance(body, str) else body
            added = sign(
                request.method or "GET",
                request.url or "",
                dict(request.headers),
                raw if isinstance(raw, bytes) else None,
                self.credentials,
            )
            request.headers.update(added)
        return request


def auth_from_env(env: Mapping[str, str] | None = None) -> HuaweiAuth | None:
    """Credentials from HUAWEICLOUD_SDK_AK/_SK (+_SECURITY_TOKEN) or _TOKEN, with _PROJECT_ID."""
    env = os.environ if env is None else env
    project = env.get(ENV_PROJECT) or None
    ak, sk = env.get(ENV_AK), env.get(ENV_SK)
    if ak and sk:
        creds = Credentials(ak, sk, env.get(ENV_SECURITY_TOKEN) or None)
        return HuaweiAuth(credentials=creds, project_id=project)
    token = env.get(ENV_TOKEN)
    if token:
        return HuaweiAuth(token=token, project_id=project)
    return None


@dataclass(frozen=True, slots=True)
class RunOptions:
    """How hard and how reproducibly to test."""

    max_examples: int = 20
    seed: int | None = None
    stateful: bool = True
    phases: tuple[str, ...] = PHASES
    workers: int = 1
    request_timeout: float = 10.0
    max_steps: int | None = None  # per stateful scenario
    stateful_examples: int | None = None  # stateful scenarios budget; default max_examples
    # Let schemathesis guess links from matching names (dependency analysis) besides the spec's
    # own links. Off by default: a guess such as "project_id <- the id of a listed item" sends
    # requests no client would, and positive_data_acceptance then blames the server.
    infer_links: bool = False
    # Fixed values, e.g. {"path.project_id": "..."}: real endpoints need the caller's project.
    parameters: Mapping[str, Any] = field(default_factory=dict)
    disabled_checks: tuple[str, ...] = ()  # every other check runs
    # Methods the coverage phase may send to a path that does not declare them (all by default).
    unexpected_methods: tuple[str, ...] | None = None
    max_failures: int | None = None


@dataclass(frozen=True, slots=True)
class Failure:
    """One distinct failure: a check that failed for an operation (deduplicated by title)."""

    operation: str
    check: str
    title: str
    message: str
    phase: str
    status: int | None = None  # the response status that failed the check, when there was one
    request: str = ""  # "METHOD URL" of the request that failed, when known


@dataclass(slots=True)
class OperationResult:
    """Cases sent and failures found for one operation."""

    label: str
    cases: int = 0
    failures: list[Failure] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    skipped: str | None = None


@dataclass(slots=True)
class RunResult:
    """The outcome of one schemathesis run."""

    title: str
    operations: dict[str, OperationResult] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)  # run-level errors (schema, connection)
    stateful_scenarios: int = 0
    links: Counter[str] = field(default_factory=Counter)  # "A -> B" transitions walked
    chains: Counter[str] = field(default_factory=Counter)  # "A -> B -> C" stateful sequences
    statuses: Counter[int] = field(default_factory=Counter)  # response status -> count
    seed: int | None = None
    elapsed: float = 0.0

    @property
    def cases(self) -> int:
        """Requests sent, over all operations and phases."""
        return sum(op.cases for op in self.operations.values())

    @property
    def failures(self) -> list[Failure]:
        """Every distinct failure, by operation."""
        return [f for label in sorted(self.operations) for f in self.operations[label].failures]

    @property
    def failures_by_check(self) -> Counter[str]:
        """How many distinct failures each check reported."""
        return Counter(f.check for f in self.failures)

    @property
    def error_count(self) -> int:
        """Run-level and per-operation errors."""
        return len(self.errors) + sum(len(op.errors) for op in self.operations.values())

    @property
    def ok(self) -> bool:
        """No failure and no error."""
        return not self.failures and not self.error_count

    def operation(self, label: str) -> OperationResult:
        """The result entry of an operation, created on first use."""
        if label not in self.operations:
            self.operations[label] = OperationResult(label)
        return self.operations[label]


def build_config(options: RunOptions, *, base_url: str | None) -> Any:
    """A schemathesis configuration: every check enabled, the chosen phases, no cache files."""
    from schemathesis import Config

    phases = set(options.phases)
    if not options.stateful:
        phases.discard("stateful")
    algorithms = ["location-headers", "dependency-analysis"] if options.infer_links else []
    stateful: dict[str, Any] = {
        "enabled": "stateful" in phases,
        "inference": {"algorithms": algorithms},
    }
    if options.max_steps is not None:
        stateful["max-steps"] = options.max_steps
    if options.stateful_examples is not None:
        stateful["generation"] = {"max-examples": options.stateful_examples}
    data: dict[str, Any] = {
        "checks": {
            "enabled": True,
            **{name: {"enabled": False} for name in options.disabled_checks},
        },
        "generation": {"max-examples": options.max_examples},
        "phases": {
            "examples": {"enabled": "examples" in phases},
            "coverage": {
                "enabled": "coverage" in phases,
                **(
                    {"unexpected-methods": list(options.unexpected_methods)}
                    if options.unexpected_methods is not None
                    else {}
                ),
            },
            "fuzzing": {"enabled": "fuzzing" in phases},
            "stateful": stateful,
        },
        "workers": options.workers,
        "request-timeout": options.request_timeout,
        "cache": {"enabled": False},
        "color": False,
    }
    if options.seed is not None:
        data["seed"] = options.seed
    if options.max_failures is not None:
        data["max-failures"] = options.max_failures
    if base_url:
        data["base-url"] = base_url
    if options.parameters:
        data["parameters"] = dict(options.parameters)
    return Config.from_dict(data)


def run_schemathesis(
    spec: dict[str, Any],
    *,
    base_url: str | None = None,
    app: Any | None = None,
    auth: requests.auth.AuthBase | None = None,
    options: RunOptions | None = None,
    on_event: Callable[[Any], None] | None = None,
) -> RunResult:
    """Run every schemathesis phase and check against ``base_url`` or the ASGI ``app``."""
    import schemathesis
    from schemathesis.engine import events

    options = options or RunOptions()
    if app is None and not base_url:
        raise ValueError("run_schemathesis needs a base_url or an ASGI app")
    config = build_config(options, base_url=base_url)
    schema = schemathesis.openapi.from_dict(spec, config=config)
    schema.hook(filter_case)
    if app is not None:
        schema.app = app
    if auth is not None:
        schema.auth.set_from_requests(auth)
    info = spec.get("info")
    title = str(info.get("title", "API")) if isinstance(info, Mapping) else "API"
    result = RunResult(title=title, seed=config.seed)
    started = time.monotonic()
    for event in _engine_events(schema, result):
        if on_event is not None:
            on_event(event)
        if isinstance(event, events.ScenarioFinished):
            _record_scenario(result, event)
        elif isinstance(event, events.NonFatalError):
            message = f"{event.info.title}: {event.info.message}".strip()
            if event.related_to_operation:
                result.operation(event.label).errors.append(message)
            else:
                result.errors.append(f"{event.label}: {message}")
        elif isinstance(event, events.FatalError):
            result.errors.append(f"internal error: {event.exception!r}")
        elif isinstance(event, events.Interrupted):
            result.errors.append("interrupted")
    result.elapsed = time.monotonic() - started
    if result.cases and not any(200 <= status < 300 for status in result.statuses):
        # Every documented error status passes the checks, so a run where nothing succeeded
        # (wrong credentials, wrong base URL, wrong project) would otherwise look green.
        result.errors.append(
            "no request succeeded (no 2xx response at all): check the credentials, "
            "the project id and --base-url"
        )
    return result


def _engine_events(schema: Any, result: RunResult) -> Iterator[Any]:
    """schemathesis's events for ``schema``; its engine failing outside them (it does on
    schemas of a wrong shape, e.g. a property schema that is a string) ends the run as an
    error of it. ``InvalidSchema``, its verdict on a document, is left to the caller."""
    from schemathesis.core.errors import InvalidSchema
    from schemathesis.engine import from_schema

    try:
        # (an error in the caller's loop stays the caller's: it is not raised in here)
        yield from from_schema(schema).execute()  # (which plans the run before its first event)
    except InvalidSchema:
        raise
    except Exception as exc:  # theirs, on our input: a finding, not a traceback
        result.errors.append(
            f"schemathesis stopped ({type(exc).__name__}: {exc}); "
            "`docs2api lint` says whether the spec is valid OpenAPI"
        )


def filter_case(context: Any, case: Any) -> bool:
    """Schemathesis hook: every path parameter fills its segment. An empty value, or a "." or
    ".." that every HTTP client removes (RFC 3986 5.2.4), turns ``/keypairs/{name}`` into
    ``/keypairs``: a correct server's 405 for DELETE there would be blamed on it. A case hook
    (not a path-parameter one) so that values fed by links, such as an id a create call echoed
    back, are held to it too."""
    values = (getattr(case, "path_parameters", None) or {}).values()
    return not any(str(value) in ("", ".", "..") for value in values)


def _record_scenario(result: RunResult, event: Any) -> None:
    from schemathesis.engine import Status
    from schemathesis.engine.run import PhaseName

    if event.phase == PhaseName.AUTH_BOOTSTRAP:
        return
    recorder = event.recorder
    stateful = event.phase == PhaseName.STATEFUL_TESTING
    if event.status == Status.SKIP and event.label and not recorder.cases:
        entry = result.operation(event.label)
        if entry.skipped is None and not entry.cases:
            entry.skipped = event.skip_reason or "skipped"
        return
    if stateful:
        result.stateful_scenarios += 1
    labels: dict[str, str] = {}
    for interaction in recorder.interactions.values():
        if interaction.response is not None:
            result.statuses[interaction.response.status_code] += 1
    for case_id, node in recorder.cases.items():
        label = node.value.operation.label
        labels[case_id] = label
        entry = result.operation(label)
        entry.cases += 1
        entry.skipped = None
    if stateful:
        _record_links(result, recorder.cases, labels)
    for case_id, checks in recorder.checks.items():
        label = labels.get(case_id) or event.label or "?"
        for check in checks:
            if check.status != Status.FAILURE or check.failure_info is None:
                continue
            failure = check.failure_info.failure
            interaction = recorder.interactions.get(case_id)
            response = interaction.response if interaction is not None else None
            item = Failure(
                operation=str(failure.operation or label),
                check=check.name,
                title=str(failure.title),
                message=str(failure.message),
                phase=str(event.phase.value),
                status=response.status_code if response is not None else None,
                request=(
                    f"{interaction.request.method} {interaction.request.uri}"
                    if interaction is not None
                    else ""
                ),
            )
            target = result.operation(item.operation)
            if not any(f.check == item.check and f.title == item.title for f in target.failures):
                target.failures.append(item)


def _record_links(result: RunResult, cases: Mapping[str, Any], labels: Mapping[str, str]) -> None:
    """Count the parent -> child transitions of one stateful scenario, and its workflows: each
    case that links onward, followed by every case reached from it through links, in order."""
    parent_of: dict[str, str] = {}
    for case_id, node in cases.items():
        if node.transition is not None and node.parent_id in labels:
            result.links[f"{labels[node.parent_id]} -> {labels[case_id]}"] += 1
            parent_of[case_id] = str(node.parent_id)

    def root(case_id: str) -> str:
        seen = {case_id}
        while case_id in parent_of and parent_of[case_id] not in seen:
            case_id = parent_of[case_id]
            seen.add(case_id)
        return case_id

    flows: dict[str, list[str]] = {}
    for case_id in cases:  # recording order is execution order
        if case_id in parent_of:
            top = root(case_id)
            flows.setdefault(top, [labels[top]]).append(labels[case_id])
    for steps in flows.values():
        result.chains[" -> ".join(steps)] += 1


def lifecycles(result: RunResult) -> list[str]:
    """Stateful workflows that created a resource, then read it, then deleted it: a chain with
    ``POST /c`` followed by ``GET /c/{id}`` before the first ``DELETE /c/{id}``."""
    found: list[str] = []
    for chain in result.chains:
        steps = [step.split(" ", 1) for step in chain.split(" -> ")]
        for index, (method, path) in enumerate(steps):
            if method != "POST":
                continue
            item = re.compile(re.escape(path.rstrip("/")) + r"/\{[^}/]+\}$")
            rest = steps[index + 1 :]
            reads = [i for i, (m, p) in enumerate(rest) if m == "GET" and item.match(p)]
            deletes = [i for i, (m, p) in enumerate(rest) if m == "DELETE" and item.match(p)]
            # read while the resource exists, then delete it
            if reads and deletes and reads[0] < deletes[0]:
                found.append(chain)
                break
    return found


def format_summary(result: RunResult) -> str:
    """A plain-text summary: totals, failures by check, each failure, walked links."""
    failures = result.failures
    tested = [op for op in result.operations.values() if op.cases]
    lines = [
        f"schemathesis on {result.title}: {len(tested)} operation(s) tested, "
        f"{result.cases} case(s), {len(failures)} failure(s), {result.error_count} error(s) "
        f"in {result.elapsed:.1f} s (seed {result.seed})",
    ]
    if result.statuses:
        counts = ", ".join(f"{code} x{n}" for code, n in sorted(result.statuses.items()))
        lines.append(f"responses: {counts}")
    skipped = sorted(op.label for op in result.operations.values() if not op.cases)
    if skipped:
        lines.append(f"not tested: {len(skipped)} operation(s): {', '.join(skipped[:10])}")
    if result.stateful_scenarios:
        lines.append(
            f"stateful: {result.stateful_scenarios} scenario(s), "
            f"{len(result.links)} distinct link(s) walked"
        )
        for chain, count in sorted(result.chains.items(), key=lambda kv: (-kv[1], kv[0]))[:10]:
            lines.append(f"  {chain}  x{count}")
    if failures:
        lines.append("failures by check:")
        for check, count in sorted(result.failures_by_check.items()):
            lines.append(f"  {check}: {count}")
        lines.append("failures:")
        for failure in failures:
            first = failure.message.strip().splitlines()[0] if failure.message.strip() else ""
            detail = f" - {first}" if first else ""
            status = f" (status {failure.status})" if failure.status is not None else ""
            lines.append(f"  {failure.operation} [{failure.check}] {failure.title}{status}{detail}")
    errors = list(result.errors)
    for op in result.operations.values():
        errors.extend(f"{op.label}: {message}" for message in op.errors)
    if errors:
        lines.append("errors:")
        lines.extend(f"  {message.splitlines()[0] if message else ''}" for message in errors)
    lines.append("result: " + ("passed" if result.ok else "FAILED"))
    return "\n".join(lines) + "\n"


def junit_xml(result: RunResult) -> str:
    """JUnit XML: one test case per operation, a <failure> per failed check, <error>s."""
    suite = ElementTree.Element(
        "testsuite",
        {
            "name": f"docs2api test: {result.title}",
            "tests": str(len(result.operations) + (1 if result.errors else 0)),
            "failures": str(sum(1 for op in result.operations.values() if op.failures)),
            "errors": str(
                sum(1 for op in result.operations.values() if op.errors and not op.failures)
                + (1 if result.errors else 0)
            ),
            "skipped": str(sum(1 for op in result.operations.values() if not op.cases)),
            "time": f"{result.elapsed:.3f}",
        },
    )
    for label in sorted(result.operations):
        op = result.operations[label]
        case = ElementTree.SubElement(
            suite, "testcase", {"classname": result.title, "name": label, "time": "0"}
        )
        ElementTree.SubElement(case, "properties")
        props = case.find("properties")
        assert props is not None
        ElementTree.SubElement(props, "property", {"name": "cases", "value": str(op.cases)})
        for failure in op.failures:
            node = ElementTree.SubElement(
                case, "failure", {"type": failure.check, "message": failure.title}
            )
            node.text = f"[{failure.phase}] {failure.title}\n{failure.message}"
        for message in op.errors:
            node = ElementTree.SubElement(case, "error", {"message": message.splitlines()[0]})
            node.text = message
        if not op.cases and not op.failures and not op.errors:
            ElementTree.SubElement(case, "skipped", {"message": op.skipped or "not tested"})
    if result.errors:
        case = ElementTree.SubElement(suite, "testcase", {"classname": result.title, "name": "run"})
        for message in result.errors:
            node = ElementTree.SubElement(case, "error", {"message": message.splitlines()[0]})
            node.text = message
    suites = ElementTree.Element("testsuites")
    suites.append(suite)
    ElementTree.indent(suites)
    return ElementTree.tostring(suites, encoding="unicode", xml_declaration=True) + "\n"


def write_junit(result: RunResult, path: Path) -> None:
    """Write :func:`junit_xml` to ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(junit_xml(result), encoding="utf-8")


def mock_app(spec: dict[str, Any], *, seed: int = 0) -> tuple[Any, HuaweiAuth]:
    """The mock as an in-process stateful ASGI app that accepts only a fresh AK/SK pair (and a
    fresh token, where the mock supports a token list); and the auth that signs with the pair.

    Only real credentials succeed, so schemathesis' ignored_auth check can tell enforced
    authentication from a mock that waves every request through.
    """
    import inspect

    from docs2api.mock import create_app

    credentials = Credentials(f"AK{secrets.token_hex(8).upper()}", secrets.token_hex(20))
    kwargs: dict[str, Any] = {
        "seed": seed,
        "stateful": True,
        "verify_keys": {credentials.access_key: credentials.secret_key},
    }
    if "tokens" in inspect.signature(create_app).parameters:
        kwargs["tokens"] = {secrets.token_hex(16)}
    return create_app(spec, **kwargs), HuaweiAuth(credentials=credentials)


def read_only(spec: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of ``spec`` keeping only GET and HEAD operations (safe against a real account);
    links to the operations dropped are dropped too."""
    out = dict(spec)
    paths: dict[str, Any] = {}
    kept_ids: set[str] = set()
    for path, item in (spec.get("paths") or {}).items():
        if not isinstance(item, Mapping):
            continue
        kept = {key: value for key, value in item.items() if key not in _WRITE_METHODS}
        if any(method in kept for method in ("get", "head")):
            paths[path] = kept
            for method in ("get", "head"):
                operation = kept.get(method)
                if isinstance(operation, Mapping) and operation.get("operationId"):
                    kept_ids.add(str(operation["operationId"]))
    for item in paths.values():
        for method in ("get", "head"):
            if isinstance(item.get(method), Mapping):
                item[method] = _without_dangling_links(item[method], kept_ids)
    out["paths"] = paths
    return out


def _without_dangling_links(operation: Mapping[str, Any], kept: set[str]) -> dict[str, Any]:
    result = dict(operation)
    responses = operation.get("responses")
    if not isinstance(responses, Mapping):
        return result
    fixed: dict[str, Any] = {}
    for status, response in responses.items():
        if isinstance(response, Mapping) and isinstance(response.get("links"), Mapping):
            response = dict(response)
            response["links"] = {
                name: link
                for name, link in response["links"].items()
                if isinstance(link, Mapping) and str(link.get("operationId", "")) in kept
            }
            if not response["links"]:
                del response["links"]
        fixed[status] = response
    result["responses"] = fixed
    return result


def lifecycle_subset(spec: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of ``spec`` keeping only its create -> get -> delete workflows: each ``POST /c``
    whose response links to both ``GET /c/{id}`` and ``DELETE /c/{id}``, with those two; links
    to the operations dropped are dropped too. The stateful phase on it walks the workflows
    that the full spec's many other entry points make rare in a short run."""
    paths: dict[str, Any] = {}
    items = spec.get("paths") or {}
    for path, item in items.items():
        create = item.get("post") if isinstance(item, Mapping) else None
        if not isinstance(create, Mapping) or path.endswith("}"):
            continue
        targets = {
            str(link.get("operationId"))
            for response in (create.get("responses") or {}).values()
            if isinstance(response, Mapping)
            for link in (response.get("links") or {}).values()
            if isinstance(link, Mapping)
        }
        member = re.compile(re.escape(path.rstrip("/")) + r"/\{[^}/]+\}")
        for item_path, other in items.items():
            if not member.fullmatch(item_path) or not isinstance(other, Mapping):
                continue
            pair = {m: other[m] for m in ("get", "delete") if isinstance(other.get(m), Mapping)}
            if len(pair) == 2 and all(op.get("operationId") in targets for op in pair.values()):
                paths[path] = {"post": create}
                paths[item_path] = pair
    kept = {str(op.get("operationId")) for item in paths.values() for op in item.values()}
    for item in paths.values():
        for method in list(item):
            item[method] = _without_dangling_links(item[method], kept)
    out = dict(spec)
    out["paths"] = paths
    return out
