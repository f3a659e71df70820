# check: a thread acquiring a plain Lock it already holds waits until the timeout
import threading

got = []
lock = threading.Lock()


def work():
    with lock:
        got.append(int(lock.acquire(timeout=0.01)))


t = threading.Thread(target=work)
t.start()
t.join()
print(got)
