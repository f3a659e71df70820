# Known bug: two threads take the same two locks in opposite order; with the sleep in between they deadlock (main's join times out).
import threading
import time

lock_a = threading.Lock()
lock_b = threading.Lock()
done = 0
stuck = 0


def first():
    global done
    with lock_a:
        time.sleep(0.01)
        with lock_b:
            done += 1


def second():
    global done
    with lock_b:
        time.sleep(0.01)
        with lock_a:
            done += 1


t1 = threading.Thread(target=first, daemon=True)
t2 = threading.Thread(target=second, daemon=True)
t1.start()
t2.start()
t1.join(timeout=0.2)
t2.join(timeout=0.2)
if t1.is_alive() or t2.is_alive():
    stuck = 1
    print("deadlock detected")
