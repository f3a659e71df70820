import queue
import threading
import time

log = []
q = queue.Queue()


budgets = queue.Queue()


def worker():
    remaining = budgets.get() - 3
    try:
        q.get(timeout=remaining)
        log.append("got")
    except ValueError:
        log.append("negative get")
    except queue.Empty:
        log.append("empty")
    try:
        time.sleep(remaining)
        log.append("slept")
    except ValueError:
        log.append("negative sleep")


budgets.put(1)
t = threading.Thread(target=worker)
t.start()
t.join()
print(log)
