"""A three-stage pipeline: parse -> enrich -> store, one thread per stage, queues in between."""
import queue
import threading
from collections import Counter

raw: queue.Queue = queue.Queue()
parsed: queue.Queue = queue.Queue()
store: dict[int, str] = {}
levels: Counter = Counter()
SENTINEL = object()


def parse() -> None:
    while (line := raw.get()) is not SENTINEL:
        level, ident, text = line.split(":", 2)
        parsed.put((level, int(ident), text))
    parsed.put(SENTINEL)


def enrich_and_store() -> None:
    while (record := parsed.get()) is not SENTINEL:
        level, ident, text = record
        levels[level] += 1
        store[ident] = f"[{level:<5}] {text.strip()}"


lines = ["INFO:1: started", "WARN:2: disk 91%", "INFO:3: request ok", "ERROR:4: timeout"]
stages = [threading.Thread(target=parse), threading.Thread(target=enrich_and_store)]
for s in stages:
    s.start()
for line in lines:
    raw.put(line)
raw.put(SENTINEL)
for s in stages:
    s.join()
info_count = levels["INFO"]
for ident in sorted(store):
    print(ident, store[ident])
assert info_count == 2 and len(store) == 4
