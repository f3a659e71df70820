import threading
import time

flag = threading.Event()
first = -1
second = -1


def late_setter():
    time.sleep(0.03)
    flag.set()


t = threading.Thread(target=late_setter)
t.start()
first = 1 if flag.wait(timeout=0.005) else 0
second = 1 if flag.wait(timeout=1) else 0
t.join()
print(first, second)
