# A worker waits for an Event in a loop and clears it each round; the producer sets it after each item.
import threading

ready = threading.Event()
done = threading.Event()
items = []
seen = []


def worker():
    while len(seen) < 2:
        ready.wait()
        ready.clear()
        while items:
            seen.append(items.pop(0))
    done.set()


def producer():
    for n in (1, 2):
        items.append(n)
        ready.set()


threads = [threading.Thread(target=worker), threading.Thread(target=producer)]
for t in threads:
    t.start()
finished = done.wait(timeout=1)
for t in threads:
    t.join(timeout=1)
