import queue
import threading

q = queue.Queue()
outcome = []


def consumer():
    try:
        q.get(timeout=0.01)
        outcome.append("got")
    except queue.Empty:
        outcome.append("empty")


t = threading.Thread(target=consumer)
t.start()
t.join()
print(outcome)
