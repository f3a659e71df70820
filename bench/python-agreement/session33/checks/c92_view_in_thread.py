import threading
import time

scores = {"a": 1, "b": 2}
totals = []


def watcher():
    view = scores.values()
    time.sleep(0.01)
    totals.append(sum(view))


def updater():
    scores["a"] = 100


w = threading.Thread(target=watcher)
u = threading.Thread(target=updater)
w.start()
u.start()
w.join()
u.join()
print(totals)
