# REFUSED: a module set rebound by a function (`global SEEN`): which set a thread's `in` reads depends
# on the schedule; weft refuses `job in SEEN` at its line instead of faulting on it.
import threading

SEEN = {"a", "b"}
out = []


def reset():
    global SEEN
    SEEN = {"c"}


def worker(job):
    if job in SEEN:
        out.append("seen")
    else:
        out.append("fine")


t = threading.Thread(target=worker, args=("c",))
r = threading.Thread(target=reset)
r.start()
t.start()
t.join()
r.join()
print(out)
