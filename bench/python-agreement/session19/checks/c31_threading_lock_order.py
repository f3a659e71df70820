"""Three threads queue on a held threading.Lock; the order they get it in is not FIFO in CPython
(any waiter may win), so every order is allowed here: a control for c30."""
import threading
import time

order = []
lock = threading.Lock()


def user(n):
    with lock:
        order.append(n)


if __name__ == "__main__":
    lock.acquire()
    threads = [threading.Thread(target=user, args=(n,)) for n in range(3)]
    for t in threads:
        t.start()
    time.sleep(0.01)
    lock.release()
    for t in threads:
        t.join()
