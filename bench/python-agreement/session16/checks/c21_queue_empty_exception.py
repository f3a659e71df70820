# check: queue.Empty is caught by except Exception
import queue
import threading

q = queue.Queue()
caught = 0


def worker():
    global caught
    try:
        q.get(timeout=0.01)
    except Exception:
        caught = 1


t = threading.Thread(target=worker)
t.start()
t.join()
print(caught)
