"""Three-stage pipeline: parse -> enrich -> store, connected by queues, shut down with sentinels."""
import queue
import threading

RAW = ["3,apple", "1,pear", "2,fig", "5,kiwi"]
SENTINEL = None

parsed_q = queue.Queue()
enriched_q = queue.Queue()
stored = []
store_log = {}


def parse():
    for line in RAW:
        qty, name = line.split(",")
        parsed_q.put((name, int(qty)))
    parsed_q.put(SENTINEL)


def enrich():
    while True:
        item = parsed_q.get()
        if item is SENTINEL:
            enriched_q.put(SENTINEL)
            break
        name, qty = item
        enriched_q.put((name.title(), qty * 2))


def store():
    while (item := enriched_q.get()) is not SENTINEL:
        name, qty = item
        stored.append(name)
        store_log[name] = qty


if __name__ == "__main__":
    stages = [threading.Thread(target=f) for f in (parse, enrich, store)]
    for s in stages:
        s.start()
    for s in stages:
        s.join()
    assert stored == ["Apple", "Pear", "Fig", "Kiwi"]
    total_qty = sum(store_log.values())
