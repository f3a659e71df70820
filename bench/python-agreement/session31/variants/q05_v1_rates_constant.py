# BUG: the last stage reads a LifoQueue, so STOP can be taken before records queued ahead of it (records lost)
import queue
import threading

STOP = object()
RATES = {"eur": 2, "gbp": 3}

raw = queue.Queue()
parsed = queue.Queue()
enriched = queue.LifoQueue()
records = []


def parse():
    while True:
        line = raw.get()
        if line is STOP:
            parsed.put(STOP)
            return
        key, _, value = line.partition("=")
        parsed.put((key.strip(), int(value)))


def enrich(rates):
    while True:
        item = parsed.get()
        if item is STOP:
            enriched.put(STOP)
            return
        key, value = item
        enriched.put((key, value * rates.get(key, 1)))


def collect():
    while True:
        item = enriched.get()
        if item is STOP:
            return
        records.append(item)


stages = [
    threading.Thread(target=parse),
    threading.Thread(target=enrich, args=(RATES,)),
    threading.Thread(target=collect),
]
for s in stages:
    s.start()
for line in ["eur = 10", "usd=5", "gbp= 7"]:
    raw.put(line)
raw.put(STOP)
for s in stages:
    s.join()

summary = {key: value for key, value in records}
print("records:", records)
print("summary:", dict(sorted(summary.items())), "sum:", sum(summary.values()))
