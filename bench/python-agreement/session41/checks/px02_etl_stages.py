# check (program): a three-stage pipeline with two queues and sentinels, stage 2 drops bad rows
import queue
import threading

raw = queue.Queue()
clean = queue.Queue()
DONE = "DONE"
loaded = []
dropped = []


def extract(rows):
    for r in rows:
        raw.put(r)
    raw.put(DONE)


def transform():
    while True:
        r = raw.get()
        if r == DONE:
            clean.put(DONE)
            return
        name, _, amount = r.partition("=")
        if not amount.isdigit():
            dropped.append(name)
            continue
        clean.put((name.strip().lower(), int(amount)))


def load():
    while True:
        item = clean.get()
        if item == DONE:
            return
        loaded.append(item)


rows = ["Ann=10", "bob=x", " Cy =7", "dee=", "Eve=3"]
stages = [threading.Thread(target=extract, args=(rows,)), threading.Thread(target=transform), threading.Thread(target=load)]
for s in stages:
    s.start()
for s in stages:
    s.join()
total = sum(a for _, a in loaded)
print(loaded, dropped, total)
