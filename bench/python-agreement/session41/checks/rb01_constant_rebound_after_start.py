# check: a module string rebound after the thread starts: the thread (which runs first) reads the old value
import threading

MODE = "draft"
seen = []


def worker():
    seen.append(MODE)


t = threading.Thread(target=worker)
t.start()
MODE = "final"
t.join()
seen.append(MODE)
print(seen)
