import threading
import time

lock = threading.Lock()
order = []


def greedy():
    for _ in range(3):
        with lock:
            order.append(1)
            time.sleep(0.005)


def polite():
    time.sleep(0.001)
    with lock:
        order.append(2)


a = threading.Thread(target=greedy)
b = threading.Thread(target=polite)
a.start()
b.start()
a.join()
b.join()
