# The main thread prints before a worker it never joins has finished: the printed log lacks the
# worker's later items (Python waits for the worker only at exit, after the print).
import threading
import time

log = []


def worker():
    log.append("start")
    time.sleep(0.05)
    log.append("end")


threading.Thread(target=worker).start()
time.sleep(0.01)
print(log)
