# bug: none
import queue
import threading
import time

STOP = object()
lines = queue.Queue()
counts = {}


def reader(source):
    for i, line in enumerate(source):
        lines.put((i, line))
        time.sleep(0.001)
    lines.put(STOP)


def parser():
    while True:
        item = lines.get()
        if item is STOP:
            break
        _, line = item
        level = line.split(":", 1)[0].upper()
        counts[level] = counts.get(level, 0) + 1


source = ["info: boot", "warn: disk 91%", "info: login", "error: timeout", "info: logout"]
r = threading.Thread(target=reader, args=(source,))
p = threading.Thread(target=parser)
r.start()
p.start()
r.join()
p.join()
print(" ".join(f"{k}={v}" for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))))
