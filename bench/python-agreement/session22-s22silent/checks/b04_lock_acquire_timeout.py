import threading
import time

lock = threading.Lock()
got = -1


def holder():
    with lock:
        time.sleep(0.1)


def main():
    global got
    t = threading.Thread(target=holder)
    t.start()
    time.sleep(0.01)
    got = 1 if lock.acquire(timeout=0.02) else 0
    t.join()


main()
