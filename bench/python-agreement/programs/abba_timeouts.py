"""Two threads take two locks in opposite orders; each gives up after a time-out instead of hanging."""
import threading
import time

a = threading.Lock()
b = threading.Lock()
gave_up = 0
guard = threading.Lock()


def first():
    global gave_up
    with a:
        time.sleep(0.01)
        got = b.acquire(timeout=0.05)
        if got:
            b.release()
        else:
            with guard:
                gave_up += 1


def second():
    global gave_up
    with b:
        time.sleep(0.01)
        got = a.acquire(timeout=0.05)
        if got:
            a.release()
        else:
            with guard:
                gave_up += 1


t1 = threading.Thread(target=first)
t2 = threading.Thread(target=second)
t1.start()
t2.start()
t1.join()
t2.join()
print("gave up:", gave_up)
