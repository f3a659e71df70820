import threading
import time

stop = threading.Event()
beats = 0
work_done = 0
lock = threading.Lock()


def heartbeat():
    global beats
    while not stop.wait(0.002):
        beats += 1


def worker(n):
    global work_done
    for _ in range(n):
        time.sleep(0.001)
        with lock:
            work_done += 1


hb = threading.Thread(target=heartbeat)
workers = [threading.Thread(target=worker, args=(n,)) for n in (2, 3)]
hb.start()
for w in workers:
    w.start()
for w in workers:
    w.join()
stop.set()
hb.join()
print(work_done, beats)
