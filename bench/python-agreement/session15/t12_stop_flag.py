# no bug: a worker loops until the main thread sets a stop Event; its iterations are counted
import threading
import time

stop = threading.Event()
iterations = 0
stopped_cleanly = 0


def poller():
    global iterations, stopped_cleanly
    while not stop.is_set():
        iterations += 1
        time.sleep(0.002)
    stopped_cleanly = 1


worker = threading.Thread(target=poller)
worker.start()
time.sleep(0.01)
stop.set()
worker.join()
assert stopped_cleanly == 1
