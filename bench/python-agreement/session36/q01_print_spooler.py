# A print spooler with priorities: office threads submit jobs (priority, seq, name, pages) to a
# PriorityQueue; one printer thread prints them, lowest priority number first, until a sentinel.
import itertools
import queue
import threading
import time
from dataclasses import dataclass, field


@dataclass(order=True)
class PrintJob:
    priority: int
    seq: int
    name: str = field(compare=False)
    pages: int = field(compare=False)


spool = queue.PriorityQueue()
sequence = itertools.count()
printed = []
pages_printed = 0
STOP_PRIORITY = 99


def office(jobs):
    for priority, name, pages in jobs:
        spool.put(PrintJob(priority, next(sequence), name, pages))


def printer():
    global pages_printed
    while True:
        job = spool.get()
        if job.priority == STOP_PRIORITY:
            spool.task_done()
            break
        time.sleep(0.001 * job.pages)
        printed.append(job.name)
        pages_printed += job.pages
        spool.task_done()


offices = [
    threading.Thread(target=office, args=([(2, "memo", 1), (1, "contract", 3)],)),
    threading.Thread(target=office, args=([(3, "flyer", 2), (1, "invoice", 1)],)),
]
for o in offices:
    o.start()
for o in offices:
    o.join()
spool.put(PrintJob(STOP_PRIORITY, next(sequence), "stop", 0))
worker = threading.Thread(target=printer)
worker.start()
spool.join()
worker.join()

print(f"printed={printed} pages={pages_printed} left={spool.qsize()}")
