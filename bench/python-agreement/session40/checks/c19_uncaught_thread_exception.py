# Check: an uncaught exception in a thread prints a traceback but the program goes on and ends normally. Bug: the worker crashes (the main thread still finishes).
import threading

before = 0
after = 0


def worker():
    global before, after
    before = 1
    items = [1, 2]
    after = items[5]


t = threading.Thread(target=worker)
t.start()
t.join()
alive = int(t.is_alive())
print(f"before={before} after={after} alive={alive}")
