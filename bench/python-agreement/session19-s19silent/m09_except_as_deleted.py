import queue
import threading

q = queue.Queue()
out = []


def worker():
    err = "none"
    try:
        q.get(timeout=0.01)
    except queue.Empty as err:
        out.append("empty")
    try:
        out.append(err)
    except NameError:
        out.append("gone")


if __name__ == "__main__":
    t = threading.Thread(target=worker)
    t.start()
    t.join()
