# Known bug: transfer() takes the two account locks in argument order, so opposite transfers deadlock; acquire(timeout=0.05) reports it in deadlocks.
import threading
import time

locks = {"a": threading.Lock(), "b": threading.Lock()}
balances = {"a": 50, "b": 50}
deadlocks = 0
stats_lock = threading.Lock()


class DeadlockDetected(Exception):
    pass


def transfer(src, dst, amount):
    with locks[src]:
        time.sleep(0.005)
        if not locks[dst].acquire(timeout=0.05):
            raise DeadlockDetected(f"{src}->{dst}")
        try:
            balances[src] -= amount
            balances[dst] += amount
        finally:
            locks[dst].release()


def run(src, dst):
    global deadlocks
    try:
        transfer(src, dst, 10)
    except DeadlockDetected:
        with stats_lock:
            deadlocks += 1


t1 = threading.Thread(target=run, args=("a", "b"))
t2 = threading.Thread(target=run, args=("b", "a"))
t1.start()
t2.start()
t1.join()
t2.join()
print(balances, "deadlocks:", deadlocks)
