# None < 1 is a TypeError in Python 3
import queue
import threading

q = queue.Queue()
outcome = "none"


def worker():
    global outcome
    best = q.get()
    try:
        if best < 1:
            outcome = "less"
        else:
            outcome = "not less"
    except TypeError:
        outcome = "type error"


t = threading.Thread(target=worker)
t.start()
q.put(None)
t.join()
print(outcome)
