# lock barging: a releases and re-acquires while b is blocked
import threading
import time

lock = threading.Lock()
order = []


def a():
    with lock:
        time.sleep(0.01)
        order.append(1)
    with lock:
        order.append(2)


def b():
    time.sleep(0.002)
    with lock:
        order.append(3)


ta = threading.Thread(target=a)
tb = threading.Thread(target=b)
ta.start()
tb.start()
ta.join()
tb.join()
print(order)
