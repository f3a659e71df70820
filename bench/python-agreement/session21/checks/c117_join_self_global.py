# BUG: a worker joins the thread object that is itself (a global): RuntimeError ends the worker
import threading

steps = []


def worker():
    steps.append("start")
    t.join()
    steps.append("never")


t = threading.Thread(target=worker)
t.start()
t.join()
print(steps)
