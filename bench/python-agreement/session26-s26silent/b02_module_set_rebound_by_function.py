# A function rebinds the module's set (`global SEEN`) while a thread reads its length and truth: either
# set, depending on the schedule.
import threading

SEEN = {"x", "y"}
out = []


def reset():
    global SEEN
    SEEN = set()


def worker():
    n = len(SEEN)
    out.append(n)
    out.append("full" if SEEN else "empty")


r = threading.Thread(target=reset)
w = threading.Thread(target=worker)
r.start()
w.start()
r.join()
w.join()
print(out)
