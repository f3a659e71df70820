import threading

jobs = []
lock = threading.Lock()
first = ""


def add(priority, name):
    with lock:
        jobs.append((priority, name))


threads = [threading.Thread(target=add, args=(p, n)) for p, n in ((2, "b"), (1, "z"), (2, "a"))]
for t in threads:
    t.start()
for t in threads:
    t.join()
jobs.sort()
first = jobs[0][1]
