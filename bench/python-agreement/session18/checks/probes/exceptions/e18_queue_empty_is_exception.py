import queue
import threading

q = queue.Queue()
caught = ""

def worker():
    global caught
    try:
        q.get_nowait()
    except Exception:
        caught = "exception"

t = threading.Thread(target=worker)
t.start()
t.join()
