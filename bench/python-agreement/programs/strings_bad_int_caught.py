"""Workers parse lines taken from a queue; a line that is no number raises ValueError, which the worker
catches and logs; the good ones are summed under a lock."""
import queue
import threading

lines = queue.Queue()
lock = threading.Lock()
total = 0
bad = []


def parser():
    global total
    while True:
        line = lines.get()
        if line == "stop":
            break
        try:
            value = int(line)
        except ValueError:
            bad.append(line + "!")
            continue
        with lock:
            total += value


workers = [threading.Thread(target=parser) for _ in range(2)]
for w in workers:
    w.start()
for line in (" 12 ", "x1", "-3", "1_000", "oops"):
    lines.put(line)
for _ in workers:
    lines.put("stop")
for w in workers:
    w.join()
print(total, bad)
