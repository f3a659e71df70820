# Silent error (weft-start 81fd411): a worker walks the keys of a record dict it took from a queue.
# weft walks it as a list (`read job[k_index]`): explore complete, only a fault "KeyError: 0"; CPython: ok,
# x='idname'.
import queue
import threading

q = queue.Queue()
x = 0


def producer():
    q.put({"id": 1, "name": "ann"})


def consumer():
    global x
    job = q.get()
    x = ""
    for key in job:
        x += key


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
