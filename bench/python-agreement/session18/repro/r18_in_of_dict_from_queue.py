# Silent error (weft-start 81fd411): a worker tests a key of a record dict it took from a queue.
# weft explore: complete, only a fault "TypeError: argument of type 'int' is not iterable in
# `contains(job, 'name')`"; CPython: ok, x=1. (The lists-of-records style: session18 f01, q04.) The same for a
# dict returned by an executor job: `rec = f.result(); if "sq" in rec:` (checks/probes/job_results/r04).
import queue
import threading

q = queue.Queue()
x = 0


def producer():
    q.put({"id": 1, "name": "ann"})


def consumer():
    global x
    job = q.get()
    if "name" in job:
        x = 1


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
