"""Pausing Python's cyclic garbage collector while records are built in bulk."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """Run the body with the cyclic collector off (restored afterwards, even on errors).

    Reading and building allocate many long-lived objects and few reference cycles; the
    collector would only rescan the growing heap again and again (a third of the time on
    large inputs). Reference counting still frees everything that is not cyclic.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
