"""(c140 with the lock passed as an argument) A thread holds a threading.Lock while main starts a child process (fork): the child's copy stays locked."""
import multiprocessing as mp
import threading
import time

lock = threading.Lock()
child_code = 0


def holder():
    with lock:
        time.sleep(0.05)


def child(q, the_lock):
    got = the_lock.acquire(timeout=0.2)
    q.put(1 if got else 0)


if __name__ == "__main__":
    h = threading.Thread(target=holder)
    h.start()
    time.sleep(0.01)
    q = mp.Queue()
    p = mp.Process(target=child, args=(q, lock))
    p.start()
    child_code = q.get()
    p.join()
    h.join()
    print(child_code)
