# A barrier's `wait` gives an index, an event's a bool: in one file weft cannot tell which receiver a
# `wait` has by its name alone, so the text of an event's `wait` is refused here (expected refusal).
import threading

barrier = threading.Barrier(2)
ev = threading.Event()
texts = []


def worker():
    index = barrier.wait()
    texts.append(index)


t = threading.Thread(target=worker)
t.start()
barrier.wait()
t.join()
ev.set()
got = ev.wait(0.01)
texts.append(f"event {got}")
