# S3 fixed form (s38silent): r12 with `from queue import Empty`. CPython: ['a', 'b', 'drained']. Imports and agrees.
import queue
import threading
from queue import Empty

log = []
jobs = queue.Queue()


def drain():
    while True:
        try:
            item = jobs.get_nowait()
        except Empty:
            break
        log.append(item)
    log.append("drained")


for job in ["a", "b"]:
    jobs.put(job)
t = threading.Thread(target=drain)
t.start()
t.join()
print(log)
