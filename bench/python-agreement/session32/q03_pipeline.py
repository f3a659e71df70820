# A three-stage pipeline: parse -> enrich -> collect, joined by queues and closed with a None sentinel.
import queue
import threading
from dataclasses import dataclass


@dataclass
class Record:
    key: str
    qty: int
    price: int = 0


PRICES = {"apple": 3, "pear": 5, "fig": 7}
raw_lines = ["apple,2", "pear,1", "fig,3", "apple,1"]
parsed_q = queue.Queue(maxsize=2)
enriched_q = queue.Queue()


def parser():
    for line in raw_lines:
        key, qty = line.split(",")
        parsed_q.put(Record(key, int(qty)))
    parsed_q.put(None)


def enricher():
    while True:
        rec = parsed_q.get()
        if rec is None:
            enriched_q.put(None)
            return
        rec.price = PRICES[rec.key] * rec.qty
        enriched_q.put(rec)


def collector(totals):
    while (rec := enriched_q.get()) is not None:
        totals[rec.key] = totals.get(rec.key, 0) + rec.price


totals = {}
stages = [
    threading.Thread(target=parser),
    threading.Thread(target=enricher),
    threading.Thread(target=collector, args=(totals,)),
]
for s in stages:
    s.start()
for s in stages:
    s.join()
print(totals)
print("grand total", sum(totals.values()))
