"""sys.exit() in a thread raises SystemExit there: the thread ends quietly, the program goes on (no error)."""
import sys
import threading

steps = []


def worker():
    steps.append("worker")
    sys.exit(1)
    steps.append("never")


t = threading.Thread(target=worker)
t.start()
t.join()
steps.append("main")
count = len(steps)
print(steps)
