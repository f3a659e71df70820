# check: a Thread can be started only once
import threading

trail = []


def work():
    trail.append("ran")


t = threading.Thread(target=work)
t.start()
t.join()
try:
    t.start()
    trail.append("started again")
except RuntimeError:
    trail.append("RuntimeError")
count = len(trail)
last = trail[-1]
print(trail)
