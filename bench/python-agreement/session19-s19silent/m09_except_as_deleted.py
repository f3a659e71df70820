# REFUSED by weft (s19silent): `except queue.Empty as err` over a bound `err` (Python deletes it at the handler's end). CPython 3.11.7, 10 runs: out=["empty", "gone"] (10 of 10); weft-start imported it and said "complete" with out[1]="none" only (a silent error).
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
