# A print spooler: jobs go into a PriorityQueue by priority; a cancel flag set by the operator drops the
# remaining low-priority jobs; the spooler stops at a sentinel.
import queue
import threading
from dataclasses import dataclass, field

STOP = 99


@dataclass(order=True)
class Job:
    priority: int
    pages: int = field(compare=False)
    owner: str = field(compare=False)


spool = queue.PriorityQueue()
cancel_low = threading.Event()
printed_pages = 0
printed = []
dropped = 0


def spooler():
    global printed_pages, dropped
    while True:
        job = spool.get()
        try:
            if job.priority == STOP:
                return
            if cancel_low.is_set() and job.priority >= 5:
                dropped += 1
                continue
            printed_pages += job.pages
            printed.append(job.owner)
        finally:
            spool.task_done()


def submit_all():
    for priority, pages, owner in [(5, 10, "ann"), (1, 2, "bob"), (7, 4, "cy"), (3, 1, "dee")]:
        spool.put(Job(priority, pages, owner))


submit_all()
cancel_low.set()
printer = threading.Thread(target=spooler, daemon=True)
printer.start()
spool.join()
spool.put(Job(STOP, 0, "stop"))
printer.join(timeout=1)
print(f"printed={printed} pages={printed_pages} dropped={dropped}")
