"""get_nowait on an empty queue raises queue.Empty; get(timeout=...) too."""
import queue
import threading

q = queue.Queue()
empties = 0
timeouts = 0
got = []


def poller():
    global empties, timeouts
    try:
        got.append(q.get_nowait())
    except queue.Empty:
        empties += 1
    try:
        got.append(q.get(timeout=0.01))
    except queue.Empty:
        timeouts += 1


if __name__ == "__main__":
    t = threading.Thread(target=poller)
    t.start()
    t.join()
    q.put(7)
    u = threading.Thread(target=poller)
    u.start()
    u.join()
