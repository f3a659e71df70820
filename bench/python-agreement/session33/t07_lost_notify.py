# BUG: lost wake-up: the worker waits without checking a flag, so a notify() sent before it waits is lost and it times out
import threading

cond = threading.Condition()
job_ready = False
outcome = {}


def worker():
    with cond:
        woke = cond.wait(timeout=0.05)
    outcome["woke"] = woke
    outcome["saw_job"] = job_ready


def dispatcher():
    global job_ready
    with cond:
        job_ready = True
        cond.notify()


w = threading.Thread(target=worker)
d = threading.Thread(target=dispatcher)
w.start()
d.start()
d.join()
w.join()
print("woke", outcome["woke"], "saw_job", outcome["saw_job"])
