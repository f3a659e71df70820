"""Workers take a lock by hand and release it in `finally`; a step that fails (a ValueError raised
for one item) passes through the `finally`, which releases the lock, to the handler around it. A
missing release would leave the lock held and every other worker waiting for ever."""
import threading

lock = threading.Lock()
done = 0
bad = 0
order = 0


def handle(item):
    global done, order
    lock.acquire()
    try:
        order = order * 10 + item
        if item == 2:
            raise ValueError("bad item")
        done += 1
    finally:
        lock.release()


def worker(items):
    global bad
    for item in items:
        try:
            handle(item)
        except ValueError:
            bad += 1


threads = [threading.Thread(target=worker, args=(items,)) for items in ((1, 2), (3,))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(done, bad, order)
