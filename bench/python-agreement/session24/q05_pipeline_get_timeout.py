"""A three-stage pipeline over bounded queues; stages stop when their input stays empty for a while."""
import queue
import threading

raw = queue.Queue(maxsize=2)
parsed = queue.Queue(maxsize=2)
stored = []


def reader(lines):
    for line in lines:
        raw.put(line)


def parser():
    while True:
        try:
            line = raw.get(timeout=0.2)
        except queue.Empty:
            return
        key, _, value = line.partition("=")
        parsed.put((key.strip(), int(value)))


def writer():
    while True:
        try:
            key, value = parsed.get(timeout=0.4)
        except queue.Empty:
            return
        stored.append(value)


lines = ["a = 1", "b = 2", "c = 3", "d = 4"]
stages = [
    threading.Thread(target=reader, args=(lines,)),
    threading.Thread(target=parser),
    threading.Thread(target=writer),
]
for s in stages:
    s.start()
for s in stages:
    s.join()
total = sum(stored)
print(stored, total)
assert stored == [1, 2, 3, 4]
