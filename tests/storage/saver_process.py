"""A process that saves a 20,000-annotation sidecar over and over, to be killed by the kill-during-save test.

Run as ``python -m tests.storage.saver_process FOLDER``. It builds the two versions of the document
(:func:`versions`), saves version A to ``FOLDER/long.txt.annotations.yaml`` and prints ``ready``. Then,
for each line ``go MODE FIRST`` on stdin it forks a saver and prints ``pid N``; the saver alternates
between the versions (starting with FIRST, 0 or 1) until it is killed. MODE ``save`` goes through
:func:`save_sidecar` (validate, dump, atomic write), MODE ``write`` calls :func:`atomic_write` with the
bytes already dumped, so that most of its time is spent inside the write, fsync and rename. When the
saver ends, the parent reaps it and prints ``status S`` (the raw wait status). EOF on stdin ends it.
Forking from this single-threaded process makes each saver start in milliseconds.
"""

import os
import sys
from dataclasses import replace
from pathlib import Path

from editor_app.model import Document
from editor_app.storage.atomic import atomic_write
from editor_app.storage.sidecar_write import dump_sidecar, save_sidecar
from tests.perf.generate import annotated_document, article_text

ANNOTATIONS = 20_000
SIDECAR_NAME = "long.txt.annotations.yaml"
MAX_SAVES = 400
"""A saver nobody kills stops by itself after this many saves (a minute or two)."""


def versions() -> tuple[Document, Document]:
    """Version A (as generated) and version B (a note, a status and a replacement changed)."""
    a = annotated_document(article_text(), ANNOTATIONS)
    b = Document(
        article=a.article,
        file_name=a.file_name,
        status="done",
        note="version B",
        entities=list(a.entities),
        quotes=list(a.quotes),
        corrections=list(a.corrections),
    )
    b.corrections[0] = replace(b.corrections[0], status="accepted")
    b.corrections[-1] = replace(b.corrections[-1], replacement="version B")
    return a, b


def _save_forever(
    target: Path, docs: tuple[Document, Document], data: tuple[bytes, bytes], mode: str, first: int
) -> None:
    parent = os.getppid()
    for i in range(MAX_SAVES):
        which = (first + i) % 2
        if mode == "save":
            save_sidecar(docs[which], target)
        else:
            atomic_write(target, data[which])
        if os.getppid() != parent:
            break


def main(folder: Path) -> None:
    docs = versions()
    data = (dump_sidecar(docs[0]).encode("utf-8"), dump_sidecar(docs[1]).encode("utf-8"))
    target = folder / SIDECAR_NAME
    save_sidecar(docs[0], target)
    print("ready", flush=True)
    for line in sys.stdin:
        command, mode, first = line.split()
        assert command == "go"
        assert mode in ("save", "write")
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                _save_forever(target, docs, data, mode, int(first))
            except BaseException:
                code = 1
            os._exit(code)
        print(f"pid {pid}", flush=True)
        _, status = os.waitpid(pid, 0)
        print(f"status {status}", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
