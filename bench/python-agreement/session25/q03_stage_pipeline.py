import queue
import threading

SENTINEL = object()


def parse(inbox, outbox):
    while (line := inbox.get()) is not SENTINEL:
        key, _, value = line.partition("=")
        outbox.put((key.strip(), int(value)))
        inbox.task_done()
    inbox.task_done()
    outbox.put(SENTINEL)


def aggregate(inbox, totals):
    while True:
        item = inbox.get()
        if item is SENTINEL:
            inbox.task_done()
            return
        key, value = item
        totals.setdefault(key, []).append(value)
        inbox.task_done()


raw = queue.Queue()
parsed = queue.Queue(maxsize=2)
totals = {}
stages = [
    threading.Thread(target=parse, args=(raw, parsed), daemon=True),
    threading.Thread(target=aggregate, args=(parsed, totals), daemon=True),
]
for s in stages:
    s.start()

for line in ["a = 1", "b = 2", "a = 3", "c = 4", "b = 5"]:
    raw.put(line)
raw.put(SENTINEL)
raw.join()
parsed.join()

for key, values in sorted(totals.items()):
    print(f"{key}: {values} sum={sum(values)}")
