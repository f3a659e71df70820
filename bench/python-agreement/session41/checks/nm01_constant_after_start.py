# check: a module constant defined after the thread starts: the thread may read it before it exists (NameError)
import threading

seen = []


def worker():
    seen.append(LIMIT * 2)


t = threading.Thread(target=worker)
t.start()
LIMIT = 5
t.join()
print(seen)
