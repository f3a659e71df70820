"""Admission control: a Semaphore(2) with a timed acquire; requests that wait too long are rejected."""
import threading
import time

slots = threading.Semaphore(2)
accepted = 0
rejected = 0
lock = threading.Lock()


def request(hold_s):
    global accepted, rejected
    if slots.acquire(timeout=0.02):
        try:
            with lock:
                accepted += 1
            time.sleep(hold_s)
        finally:
            slots.release()
    else:
        with lock:
            rejected += 1


if __name__ == "__main__":
    threads = [threading.Thread(target=request, args=(h,)) for h in (0.1, 0.1, 0.001)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert accepted + rejected == 3
