"""queue.Full from put(timeout) on a bounded queue nobody drains; put_nowait too."""
import queue
import threading

q = queue.Queue(maxsize=1)
outcomes = []


def producer():
    q.put("a")
    try:
        q.put("b", timeout=0.01)
        outcomes.append("put")
    except queue.Full:
        outcomes.append("full")
    try:
        q.put_nowait("c")
    except queue.Full:
        outcomes.append("full-nowait")


if __name__ == "__main__":
    t = threading.Thread(target=producer)
    t.start()
    t.join()
    size = q.qsize()
