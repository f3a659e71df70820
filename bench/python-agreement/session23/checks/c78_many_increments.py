# check: a counter incremented under a lock by three threads, 50 times each
import threading

counter = 0
lock = threading.Lock()


def work():
    global counter
    for _ in range(50):
        with lock:
            counter += 1


threads = [threading.Thread(target=work) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
