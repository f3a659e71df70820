import queue
import threading

raw = queue.Queue(maxsize=2)
parsed = queue.Queue(maxsize=2)
stored = []
DONE = object()


def reader(lines):
    for line in lines:
        raw.put(line)
    raw.put(DONE)


def parser():
    while True:
        try:
            line = raw.get(timeout=1.0)
        except queue.Empty:
            print("parser timed out")
            return
        if line is DONE:
            parsed.put(DONE)
            return
        key, _, value = line.partition("=")
        parsed.put((key.strip(), int(value)))


def writer():
    while True:
        item = parsed.get()
        if item is DONE:
            return
        stored.append(item)


lines = ["a = 1", "b=2", "c =3", "d= 4", "e=5"]
stages = [threading.Thread(target=reader, args=(lines,)), threading.Thread(target=parser),
          threading.Thread(target=writer)]
for s in stages:
    s.start()
for s in stages:
    s.join()
print(stored)
print(sum(v for _, v in stored))
