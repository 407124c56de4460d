"""One of two processes saving the same sidecar at the same moment, for the lost-update test.

Run as ``python -m tests.storage.rival_saver ARTICLE NAME``. For each line ``open`` on stdin it opens the
article and its sidecar and prints ``ready``; on the next line ``go`` it adds an entity whose id names
this process and the round, saves, and prints ``saved ID`` or ``refused ID`` (the sidecar changed on
disk since it was opened). EOF on stdin ends it.
"""

import sys
from pathlib import Path

from editor_app.model import Entity, Mention
from editor_app.storage.documents import open_document, save_document
from editor_app.storage.errors import ChangedOnDisk


def main(article: Path, name: str) -> None:
    rounds = 0
    opened = None
    for line in sys.stdin:
        command = line.strip()
        if command == "open":
            opened = open_document(article)
            print("ready", flush=True)
        elif command == "go" and opened is not None:
            rounds += 1
            entity_id = f"e-{name}-{rounds}"
            opened.document.entities.append(
                Entity(id=entity_id, label="PERSON", name="Magnus", mentions=(Mention(0, 6, "Magnus"),))
            )
            try:
                save_document(opened)
            except ChangedOnDisk:
                print(f"refused {entity_id}", flush=True)
            else:
                print(f"saved {entity_id}", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
