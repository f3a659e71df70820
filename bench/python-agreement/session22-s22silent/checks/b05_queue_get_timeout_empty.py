import queue
import threading

q = queue.Queue()
outcome = ""


def consumer():
    global outcome
    try:
        item = q.get(timeout=0.02)
        outcome = "got " + str(item)
    except queue.Empty:
        outcome = "empty"


t = threading.Thread(target=consumer)
t.start()
t.join()
