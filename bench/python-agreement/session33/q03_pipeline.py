import queue
import threading

raw = queue.Queue()
parsed = queue.Queue()
totals = {}


def reader(lines):
    for line in lines:
        raw.put(line)
    raw.put(None)


def parser():
    while True:
        line = raw.get()
        if line is None:
            parsed.put(None)
            raw.task_done()
            break
        user, amount = line.split(",")
        parsed.put((user.strip(), int(amount)))
        raw.task_done()


def summer():
    while True:
        record = parsed.get()
        if record is None:
            break
        user, amount = record
        totals[user] = totals.get(user, 0) + amount


lines = ["ann, 5", "bob, 3", "ann, 7", "cid, 1", "bob, 4"]
stages = [
    threading.Thread(target=reader, args=(lines,)),
    threading.Thread(target=parser),
    threading.Thread(target=summer),
]
for s in stages:
    s.start()
raw.join()
for s in stages:
    s.join()
print(sorted(totals.items()), "grand", sum(totals.values()))
