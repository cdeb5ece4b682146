"""The articles of a run, one at a time: local files and folders, and fsspec URLs (``s3://bucket/news/``).

Local paths go through :func:`kg.ingest.discover`; a URL (``scheme://…``) names a file or a folder
searched recursively, read through `fsspec <https://filesystem-spec.readthedocs.io>`_ (``s3://``
needs ``pip install 'kg[s3]'``). Each remote file is copied to a temporary file, read like a local
one and deleted; its articles and failures name the URL. URLs come after the local paths.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path, PurePosixPath
from typing import Any

from kg.ingest import SUPPORTED, Failure, Notice, Notify, Source, discover, read_articles
from kg.model import Article

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def is_url(path: str | Path) -> bool:
    return isinstance(path, str) and bool(_URL.match(path))


def articles(paths: Iterable[str | Path], notify: Notify | None = None) -> Iterator[Article | Failure]:
    """Every article under ``paths`` in a stable order, or a failure saying why an input was skipped."""
    paths = list(paths)
    sources, failures = discover([p for p in paths if not is_url(p)])
    yield from failures
    for source in sources:
        yield from read_articles(source, notify)
    for url in filter(is_url, paths):
        yield from _remote(url, notify)


def _remote(url: str, notify: Notify | None) -> Iterator[Article | Failure]:
    """The articles of the file or folder at ``url``."""
    try:
        import fsspec
    except ImportError:
        yield Failure(url, "reading URLs needs fsspec: pip install 'kg[cluster]'")
        return
    try:
        fs, root = fsspec.core.url_to_fs(url)
        if fs.isdir(root):
            found = sorted(p for p in fs.find(root) if _wanted(PurePosixPath(p).relative_to(root)))
            files = [(p, PurePosixPath(p).relative_to(root).with_suffix("").as_posix()) for p in found]
        elif fs.exists(root):
            files = [(root, PurePosixPath(root).stem)]
        else:
            yield Failure(url, "no such file or directory")
            return
    except Exception as exc:  # every filesystem has its own errors
        yield Failure(url, f"cannot list: {' '.join(str(exc).split())}")
        return
    base = url.rstrip("/")
    for path, doc_id in files:
        name = base if path == root else f"{base}/{PurePosixPath(path).relative_to(root).as_posix()}"
        yield from _remote_file(fs, path, name, doc_id, notify)


def _wanted(relative: PurePosixPath) -> bool:
    """A supported, non-hidden file (as :func:`kg.ingest.discover` picks them in folders)."""
    return relative.suffix.lower() in SUPPORTED and not any(part.startswith(".") for part in relative.parts)


def _remote_file(fs: Any, path: str, name: str, doc_id: str, notify: Notify | None) -> Iterator[Article | Failure]:
    with tempfile.TemporaryDirectory(prefix="kg-") as folder:
        local = Path(folder) / f"input{PurePosixPath(path).suffix}"
        try:
            fs.get_file(path, str(local))
        except Exception as exc:  # every filesystem has its own errors
            yield Failure(name, f"cannot read: {' '.join(str(exc).split())}")
            return
        renamed = None if notify is None else lambda n: notify(Notice(n.source.replace(str(local), name, 1), n.reason))
        for item in read_articles(Source(local, doc_id), renamed):
            if isinstance(item, Failure):
                yield Failure(item.source.replace(str(local), name, 1), item.reason)
            else:
                yield replace(item, source=item.source.replace(str(local), name, 1))
