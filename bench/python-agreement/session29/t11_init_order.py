# BUG: order violation: the worker reads config before the main thread has filled it in
import threading

config = {"retries": 0}
seen_retries = -1


def worker():
    global seen_retries
    seen_retries = config["retries"]


t = threading.Thread(target=worker)
t.start()
config["retries"] = 3
t.join()
print("worker saw retries =", seen_retries)
