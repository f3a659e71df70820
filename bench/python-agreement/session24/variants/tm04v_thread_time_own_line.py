"""Three threads each do 20 ms of CPU work (the GIL serialises them) while a fourth sleeps 30 ms: about 60 ms."""
import threading
import time


def cpu_work(seconds):
    start = time.thread_time()
    now = start
    while now - start < seconds:
        now = time.thread_time()


def compute():
    cpu_work(0.02)  # weft: cpu 20ms


def wait_for_disk():
    time.sleep(0.03)


threads = [threading.Thread(target=compute) for _ in range(3)]
threads.append(threading.Thread(target=wait_for_disk))
for t in threads:
    t.start()
for t in threads:
    t.join()
finished = len(threads)
print(finished)
