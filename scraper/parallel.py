"""Read many HTML pages in a process pool, in order, giving exactly the records of a serial read.

Pages are independent until their cross-page links are resolved, so workers read pages (parse,
tables, constraints) and send back the frozen records; the parent resolves links exactly as
``scraper.html.read_files`` does. The parent is one of the workers: it reads pages one at a
time from the back while ``workers - 1`` pool processes read chunks from the front, chunks that
shrink as the two ends approach (guided scheduling), so at the end no process waits for another
process's large last chunk. Small inputs, or ``workers=1``, are read serially in-process by
``scraper.html`` itself. Every process parses one page at a time and keeps no parse tree:
memory grows only with the records.

Records travel as one pickle per chunk of pages, written with a reducer per record class that
rebuilds the record from its field values (``cls(*values)``): the dataclasses' own slot state
pickling costs a Python loop over ``fields()`` per object and made pickling half the pool's cost.
The same pickles are what ``scraper.pagecache`` keeps on disk, so that a rebuild given a cache
reads only the pages whose bytes changed; they are read back by an unpickler that builds
nothing but records.
"""

from __future__ import annotations

import copyreg
import dataclasses
import inspect
import io
import multiprocessing
import operator
import pickle
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any

from scraper import html, records
from scraper.pagecache import PageCache, page_key
from scraper.records import Page
from scraper.toc import read_toc

# Pages each process of a default pool must have to pay for itself. A forked process starts
# in milliseconds with the reader loaded (2 processes beat 1 from about 40 pages on the
# corpus: bench/RESULTS.md); a spawned or forkserver one imports the reader first (~0.3 s).
PAGES_PER_FORKED_PROCESS = 50
PAGES_PER_STARTED_PROCESS = 500
CHUNKS_PER_WORKER = 4  # a pool task takes 1/(4 * processes) of the pages left ...
MIN_CHUNK = 4  # ... and at least this many (a task costs a round trip and two pickles)

_Item = tuple[str, tuple[str, ...]]  # (page path, its tags)


def resolve_workers(workers: int | None, pages: int) -> int:
    """How many processes to use: ``workers`` when given (at least 1), else one per
    ``pages_per_process()`` pages, at most every core this process may use."""
    if workers is not None:
        return max(1, workers)
    wanted = pages // pages_per_process()
    if wanted < 2:
        return 1
    # os.cpu_count() is the host's count: a CI container limited to two CPUs on a 64-core
    # host would start 63 pool processes and spend the run throttled. loky's count is the
    # least of the host's, the affinity mask, the cgroup CPU quota and LOKY_MAX_CPU_COUNT.
    from loky.backend.context import cpu_count

    count: int = cpu_count()
    return max(1, min(count, wanted))


def pages_per_process() -> int:
    """Pages a default pool gives each process at least, by how the pool starts processes
    (the start method set for this program, else the platform's default)."""
    method = multiprocessing.get_start_method(allow_none=True)
    if method is None:  # (get_start_method() would fix the default for the whole program)
        method = multiprocessing.get_all_start_methods()[0]
    return PAGES_PER_FORKED_PROCESS if method == "fork" else PAGES_PER_STARTED_PROCESS


# Records read back by the hundred thousand are made by records' fast constructors (slot
# setters, no frozen __init__): a quarter less unpickling time for the pool and the cache.
_MAKERS: dict[type, Callable[..., Any]] = {
    records.TypeExpr: records.new_type,
    records.Field: records.new_field,
    records.Source: records.new_source,
    records.Structure: records.new_structure,
}


def _maker(cls: type, names: tuple[str, ...]) -> Callable[..., Any]:
    """What builds a ``cls`` from its field values in order: its fast constructor when that
    takes exactly those fields, else the class itself."""
    make = _MAKERS.get(cls)
    if make is not None and tuple(inspect.signature(make).parameters) == names:
        return make
    return cls


def _field_reducer(cls: type) -> Callable[[Any], tuple[Any, ...]] | None:
    """``obj -> (maker, field values)`` for a dataclass built from its fields in order, else
    None."""
    fields = dataclasses.fields(cls)
    if not fields or not all(f.init and f.kw_only is not True for f in fields):
        return None
    names = tuple(f.name for f in fields)
    make = _maker(cls, names)
    values = operator.attrgetter(*names)
    if len(fields) == 1:
        return lambda obj: (make, (values(obj),))
    return lambda obj: (make, values(obj))


def _reducers() -> dict[type, Callable[[Any], Any]]:
    table: dict[type, Callable[[Any], Any]] = dict(copyreg.dispatch_table)
    classes = [c for c in vars(records).values() if isinstance(c, type)]
    for cls in [*classes, html._Anchors]:
        if dataclasses.is_dataclass(cls) and cls.__module__ in (records.__name__, html.__name__):
            reduce = _field_reducer(cls)
            if reduce is not None:
                table[cls] = reduce
    return table


_REDUCERS = _reducers()


def dump_records(value: object) -> bytes:
    """Pickle ``value`` (records nested in lists and tuples) with the fast record reducers;
    ``pickle.loads`` reads it back, equal to ``value``."""
    out = io.BytesIO()
    pickler = pickle.Pickler(out, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = _REDUCERS
    pickler.dump(value)
    return out.getvalue()


class _RecordUnpickler(pickle.Unpickler):
    """Builds records and nothing else: a cache file that is not ours cannot run code."""

    def find_class(self, module: str, name: str) -> Any:
        cls = _RECORD_MAKERS.get((module, name))
        if cls is None:
            raise pickle.UnpicklingError(f"{module}.{name} is not a record class")
        return cls


_MADE_BY: list[Callable[..., Any]] = [*_REDUCERS, records.Level, *_MAKERS.values()]
_RECORD_MAKERS = {
    (make.__module__, make.__qualname__): make
    for make in _MADE_BY
    if make.__module__ in (records.__name__, html.__name__)
}


def load_records(data: bytes) -> Any:
    """Read back what ``dump_records`` wrote; ``pickle.UnpicklingError`` (or another error of
    the data) when it holds anything but records, lists, tuples and plain values."""
    return _RecordUnpickler(io.BytesIO(data)).load()


def _read_item(item: _Item, keyed: bool) -> Any:
    """One unlinked page (page, anchor map); with ``keyed``, ``(cache key or None, page)``,
    the key made from the very bytes that were read."""
    path, tags = Path(item[0]), item[1]
    if not keyed:
        return html._read(path, None, tags)
    try:
        data = path.read_bytes()
    except OSError:
        return None, html._read(path, None, tags)  # the reader reports it; nothing to store
    return page_key(path.name, tags, data), html._read(path, data, tags)


def _read_chunk(items: list[_Item], keyed: bool = False) -> bytes:
    """Worker side: pages and their anchor maps (records only, no parse tree), pickled."""
    return dump_records([_read_item(item, keyed) for item in items])


def _chunk_size(left: int, count: int) -> int:
    """Pages in the next pool task: a share of what is left, shrinking towards the end
    (guided scheduling), so that no process waits long for another's last task."""
    return max(MIN_CHUNK, -(-left // (count * CHUNKS_PER_WORKER)))


def read_files(
    paths: Sequence[Path],
    *,
    tags: Mapping[str, tuple[str, ...]] | None = None,
    workers: int | None = None,
    cache: PageCache | None = None,
) -> list[Page]:
    """``scraper.html.read_files`` across ``workers`` processes; identical pages, same order.

    With a ``cache``, pages whose key (bytes, name, tags, reader) is stored are taken from it,
    and the others are read and stored: the pages are the same either way.
    """
    items = [(str(p), (tags or {}).get(Path(p).name, ())) for p in paths]
    if cache is None:
        count = resolve_workers(workers, len(paths))
        if count == 1 or len(paths) < 2:
            return html.read_files(paths, tags=dict(tags or {}))
        return _link(_read_pool(items, count))
    return _link(_read_cached(items, workers, cache))


def _link(results: list[tuple[Page, Any]]) -> list[Page]:
    anchors = {page.file: amap for page, amap in results}
    return [html._link_page(page, anchors) if amap.cross else page for page, amap in results]


def _read_cached(
    items: list[_Item], workers: int | None, cache: PageCache
) -> list[tuple[Page, Any]]:
    """Unlinked pages of ``items``: stored ones from ``cache``, the others read and stored."""
    keys: list[bytes | None] = []
    for path, tag in items:
        try:
            keys.append(page_key(Path(path).name, tag, Path(path).read_bytes()))
        except OSError:
            keys.append(None)  # the reader reports it
    stored = cache.get_many([key for key in keys if key is not None])
    done: list[tuple[Page, Any] | None] = [None] * len(items)
    for index, key in enumerate(keys):
        if key is not None and key in stored:
            try:
                done[index] = load_records(stored[key])
            except Exception as exc:  # a damaged entry: the page is read again
                name = Path(items[index][0]).name
                cache.stats.problems.append(f"the entry of {name} was unreadable ({exc})")
    todo = [index for index, result in enumerate(done) if result is None]
    count = resolve_workers(workers, len(todo))
    if count == 1 or len(todo) < 2:
        read = [_read_item(items[index], True) for index in todo]
    else:
        read = _read_pool([items[index] for index in todo], count, keyed=True)
    fresh: list[tuple[bytes, bytes]] = []
    for index, (key, result) in zip(todo, read, strict=True):
        done[index] = result
        if key is not None:
            fresh.append((key, dump_records(result)))
    cache.put_many(fresh)
    cache.stats.reused += len(items) - len(todo)
    cache.stats.read += len(todo)
    return [result for result in done if result is not None]


def _read_pool(items: list[_Item], count: int, *, keyed: bool = False) -> list[Any]:
    """Unlinked pages of ``items`` read by ``count`` processes, this one included (``keyed``:
    see ``_read_item``).

    This process reads pages one at a time from the back of the list while ``count - 1``
    pool processes read chunks from the front, so its own pages are never pickled, and between
    two pages it hands the pool its next chunk and unpickles what came back (the pool never
    waits for work). The two ends meet wherever the work splits.
    """
    count = min(count, len(items))
    done: list[Any] = [None] * len(items)
    front, back = 0, len(items)  # items[front:back] are not read nor handed out yet
    with ProcessPoolExecutor(max_workers=count - 1) as pool:
        running: dict[Future[bytes], int] = {}  # task -> index of its first page

        def collect(futures: Iterable[Future[bytes]]) -> None:
            for future in futures:
                start = running.pop(future)
                results = pickle.loads(future.result())
                done[start : start + len(results)] = results

        while front < back:
            # keep one task queued behind each running one, so no pool process idles
            while front < back and len(running) < 2 * (count - 1):
                size = min(_chunk_size(back - front, count), back - front)
                running[pool.submit(_read_chunk, items[front : front + size], keyed)] = front
                front += size
            if front < back:
                back -= 1
                done[back] = _read_item(items[back], keyed)
            collect([future for future in running if future.done()])
        collect(list(running))
    return [result for result in done if result is not None]


def read_folder(
    folder: Path, *, workers: int | None = None, cache: PageCache | None = None
) -> Iterator[Page]:
    """``scraper.html.read_folder`` across ``workers`` processes; identical pages, same order
    (``cache``: see ``read_files``)."""
    folder = Path(folder)
    paths = sorted(p for p in folder.glob("*.html") if p.is_file())
    if cache is None and resolve_workers(workers, len(paths)) == 1:
        yield from html.read_folder(folder)
        return
    service = read_toc(folder)
    yield from read_files(paths, tags=service.tags_by_file, workers=workers, cache=cache)


__all__ = [
    "dump_records",
    "load_records",
    "pages_per_process",
    "read_files",
    "read_folder",
    "resolve_workers",
]
