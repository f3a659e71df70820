# Measures how often CPython delivers two processes' puts out of the order the program gave them (run: python c01_feeder_reorder_counts.py 200).
import sys
from multiprocessing import Lock, Process, Queue, Value

def take(lock, counter, q):
    with lock:
        counter.value += 1
        q.put(counter.value)

def once():
    lock = Lock(); counter = Value("i", 0, lock=False); q = Queue()
    procs = [Process(target=take, args=(lock, counter, q)) for _ in range(2)]
    for p in procs: p.start()
    a = q.get(); b = q.get()
    for p in procs: p.join()
    return (a, b)

def event_once():
    from multiprocessing import Event
    q = Queue(); ready = Event()
    a = Process(target=_first, args=(q, ready)); b = Process(target=_second, args=(q, ready))
    a.start(); b.start()
    x = q.get(); y = q.get()
    a.join(); b.join()
    return (x, y)

def _first(q, ready):
    q.put("first"); ready.set()

def _second(q, ready):
    ready.wait(); q.put("second")

def put_start_once():
    q = Queue()
    q.put("parent")
    p = Process(target=_child, args=(q,))
    p.start()
    x = q.get(); y = q.get(); p.join()
    return (x, y)

def _child(q):
    q.put("child")

if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    from collections import Counter
    for f in (once, event_once, put_start_once):
        print(f.__name__, Counter(f() for _ in range(n)), flush=True)
