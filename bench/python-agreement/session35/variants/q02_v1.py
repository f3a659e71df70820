# BUG: lost update: every stage bumps a shared stats dict with += and no lock
import queue
import threading

stats = {"parsed": 0, "enriched": 0, "stored": 0}
STOP = object()


def parse(lines, out):
    for line in lines:
        name, qty = line.strip().split(",")
        out.put((name, qty))
        stats["parsed"] += 1
    out.put(STOP)


def enrich(inbox, out):
    while True:
        row = inbox.get()
        if row is STOP:
            out.put(STOP)
            break
        name, qty = row
        out.put({"name": name, "qty": int(qty), "big": int(qty) > 5})
        stats["enriched"] += 1


def store(inbox, table):
    while True:
        rec = inbox.get()
        if rec is STOP:
            break
        table[rec["name"]] = rec
        stats["stored"] += 1
        stats["parsed"] += 0  # the dashboard touches every counter


raw = ["bolts,4", "nuts,9", "gears,2", "pins,7"]
q1, q2 = queue.Queue(), queue.Queue()
table = {}
stages = [
    threading.Thread(target=parse, args=(raw, q1)),
    threading.Thread(target=enrich, args=(q1, q2)),
    threading.Thread(target=store, args=(q2, table)),
]
for s in stages:
    s.start()
for s in stages:
    s.join()
print("stats:", stats)
print("big items:", sorted(name for name, rec in table.items() if rec["big"]))
