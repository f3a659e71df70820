# BUG: check-then-act: each consumer tests `not q.empty()` and then calls get_nowait(), so two consumers can both see the last item and one gets queue.Empty
import queue
import threading
import time

q = queue.Queue()
taken = {"c1": 0, "c2": 0}


def consumer(name):
    while not q.empty():
        time.sleep(0.0002)  # look up the handler
        item = q.get_nowait()
        taken[name] += item


if __name__ == "__main__":
    for i in range(1, 4):
        q.put(i)
    consumers = [threading.Thread(target=consumer, args=(n,)) for n in ("c1", "c2")]
    for c in consumers:
        c.start()
    for c in consumers:
        c.join()
    assert taken["c1"] + taken["c2"] == 6
