# BUG: carter01 style: two threads take lock pairs in opposite orders on one path only (deadlock)
import threading
import time

a = threading.Lock()
b = threading.Lock()
shared = 0


def t1() -> None:
    global shared
    with a:
        shared += 1
        time.sleep(0.01)
        with b:
            shared += 10


def t2() -> None:
    global shared
    with b:
        if shared == 0:
            shared += 100
            return
    with b:
        with a:
            shared += 1000


threads = [threading.Thread(target=t1), threading.Thread(target=t2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"shared={shared}")
