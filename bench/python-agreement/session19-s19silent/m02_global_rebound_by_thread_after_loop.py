# REFUSED by weft (s19silent): a function writes the global `status` that the module binds as a loop variable. CPython 3.11.7, 10 runs: seen=["a", "b", "late"], status="late" (10 of 10); weft-start imported it and said "complete" with seen[2]="b" only (a silent error).
import queue
import threading

q = queue.Queue()
q.put("late")
seen = []

for status in ["a", "b"]:
    seen.append(status)


def worker():
    global status
    status = q.get()


if __name__ == "__main__":
    t = threading.Thread(target=worker)
    t.start()
    t.join()
    seen.append(status)
