"""An exception in a thread ends that thread only; the main thread goes on (CPython prints the traceback)."""
import threading

steps = []


def worker():
    steps.append(1)
    raise ValueError("boom")


t = threading.Thread(target=worker)
t.start()
t.join()
steps.append(2)
alive = t.is_alive()
count = len(steps)
print(steps, alive)
