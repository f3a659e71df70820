# check: an RLock taken twice and released once is still held: another thread's acquire(timeout) fails
import threading

rl = threading.RLock()
res = []


def other():
    ok = rl.acquire(timeout=0.01)
    res.append(1 if ok else 0)
    if ok:
        rl.release()


rl.acquire()
rl.acquire()
rl.release()
t = threading.Thread(target=other)
t.start()
t.join()
rl.release()
t2 = threading.Thread(target=other)
t2.start()
t2.join()
