"""Identifiers derived from documentation text: operationIds, component names, tags.

Every identifier the builder writes goes through ``pascal`` (or ``tag_of_path``), so doc text
never reaches the spec as an identifier unsanitised.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

_WORD = re.compile(r"[A-Za-z0-9]+")
_API_NAME = re.compile(r"^[A-Z][a-z0-9]*(?:[A-Z0-9][a-z0-9]*)+$")
_VERSION = re.compile(r"^v\d+(?:\.\d+)*$", re.IGNORECASE)
_STOP_WORDS = frozenset({"a", "an", "the", "of", "for", "to", "in", "on", "with", "by", "and"})

# Gerunds of page titles ("Querying the Dataset List") -> imperative verbs of API names.
_GERUNDS = {
    "querying": "Query",
    "creating": "Create",
    "deleting": "Delete",
    "updating": "Update",
    "modifying": "Modify",
    "obtaining": "Obtain",
    "getting": "Get",
    "listing": "List",
    "adding": "Add",
    "removing": "Remove",
    "stopping": "Stop",
    "starting": "Start",
    "running": "Run",
    "setting": "Set",
    "changing": "Change",
    "binding": "Bind",
    "unbinding": "Unbind",
    "attaching": "Attach",
    "detaching": "Detach",
    "rebooting": "Reboot",
    "resizing": "Resize",
    "migrating": "Migrate",
    "enabling": "Enable",
    "disabling": "Disable",
    "registering": "Register",
    "unregistering": "Unregister",
    "uploading": "Upload",
    "downloading": "Download",
    "importing": "Import",
    "exporting": "Export",
    "publishing": "Publish",
    "synchronizing": "Synchronize",
    "releasing": "Release",
    "canceling": "Cancel",
    "cancelling": "Cancel",
    "checking": "Check",
    "viewing": "View",
    "sharing": "Share",
    "submitting": "Submit",
    "restarting": "Restart",
    "resetting": "Reset",
    "reinstalling": "Reinstall",
    "switching": "Switch",
    "managing": "Manage",
    "locking": "Lock",
    "unlocking": "Unlock",
    "configuring": "Configure",
    "authorizing": "Authorize",
    "deploying": "Deploy",
    "labeling": "Label",
    "annotating": "Annotate",
    "splitting": "Split",
    "validating": "Validate",
    "verifying": "Verify",
    "converting": "Convert",
    "copying": "Copy",
    "renaming": "Rename",
    "scaling": "Scale",
    "assigning": "Assign",
    "associating": "Associate",
    "disassociating": "Disassociate",
    "applying": "Apply",
    "rebuilding": "Rebuild",
    "expanding": "Expand",
    "initializing": "Initialize",
    "retrying": "Retry",
    "accepting": "Accept",
    "reviewing": "Review",
    "sending": "Send",
    "sampling": "Sample",
}


def words(text: str) -> list[str]:
    """ASCII alphanumeric words of a text, in order."""
    return _WORD.findall(text)


@functools.lru_cache(maxsize=1 << 16)  # the same structure and segment names, again and again
def pascal(text: str, *, fallback: str = "Unnamed") -> str:
    """``PascalCase`` identifier from any text: ASCII words capitalised and joined.

    A result starting with a digit gets an ``N`` prefix; text without any ASCII word gives
    ``fallback``.
    """
    parts = [w[:1].upper() + w[1:] for w in words(text)]
    out = "".join(parts)
    if not out:
        return fallback
    if out[0].isdigit():
        out = "N" + out
    return out


def is_api_name(name: str | None) -> bool:
    """True for names like ``CreateDataset`` (not file codes like ``modelarts_03_0201``)."""
    return bool(name) and bool(_API_NAME.match(name or ""))


def name_from_title(title: str) -> str | None:
    """``Querying the Dataset List`` -> ``QueryDatasetList``; None without ASCII words."""
    ascii_words = words(title)
    if not ascii_words or len(ascii_words) < len(title.split()) / 2:
        return None  # mostly non-ASCII (Chinese) titles: derive from the path instead
    out: list[str] = []
    for i, word in enumerate(ascii_words):
        lowered = word.lower()
        if lowered in _STOP_WORDS:
            continue
        if i == 0 and lowered in _GERUNDS:
            out.append(_GERUNDS[lowered])
            continue
        out.append(word[:1].upper() + word[1:])
    return pascal("".join(out)) if out else None


def static_segments(path: str) -> list[str]:
    """Path segments that are not templates, versions or empty."""
    return [
        seg
        for seg in path.split("/")
        if seg and not seg.startswith("{") and not _VERSION.match(seg)
    ]


def name_from_path(method: str, path: str) -> str:
    """``get /v1/{project_id}/clusters`` -> ``ListClusters``: a verb from the method + segments."""
    segments = [seg for seg in path.split("/") if seg]
    item = bool(segments) and segments[-1].startswith("{")
    verb = {
        "get": "Show" if item else "List",
        "post": "Create",
        "put": "Update",
        "patch": "Patch",
        "delete": "Delete",
        "head": "Head",
        "options": "Options",
    }.get(method, pascal(method))
    statics = static_segments(path)
    if method == "post" and statics and statics[-1] in {"action", "actions"}:
        verb = "Run"
    return verb + "".join(pascal(seg, fallback="") for seg in statics)


def version_of(path: str) -> str:
    """The version segment of a path (``v2.1``), or empty."""
    for seg in path.split("/"):
        if _VERSION.match(seg):
            return seg
    return ""


def tag_of_path(path: str) -> str:
    """First meaningful segment after the version and ``{project_id}``: the default tag."""
    for seg in path.split("/"):
        if not seg or seg.startswith("{") or _VERSION.match(seg):
            continue
        return seg
    return "default"


def unique(name: str, taken: Iterable[str]) -> str:
    """``name``, or ``name2``, ``name3``... the first not in ``taken``."""
    # a set or dict is looked into as is: copying it per call made naming quadratic
    used = taken if isinstance(taken, (set, frozenset, dict)) else set(taken)
    if name not in used:
        return name
    n = 2
    while f"{name}{n}" in used:
        n += 1
    return f"{name}{n}"
