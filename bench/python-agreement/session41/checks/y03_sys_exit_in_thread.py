# check: sys.exit() in a thread ends only that thread, silently
import sys
import threading

steps = []


def worker():
    steps.append("worker start")
    sys.exit(3)
    steps.append("worker after exit")


t = threading.Thread(target=worker)
t.start()
t.join()
steps.append("main end")
print(steps)
