# Known bug: transfer() takes the two account locks in argument order, so opposite transfers deadlock; acquire(timeout=0.05) reports it in deadlocks.
import threading
import time

lock_a = threading.Lock()
lock_b = threading.Lock()
balances = {"a": 50, "b": 50}
deadlocks = 0
stats_lock = threading.Lock()


class DeadlockDetected(Exception):
    pass


def transfer(src, dst, src_lock, dst_lock, amount):
    with src_lock:
        time.sleep(0.005)
        if not dst_lock.acquire(timeout=0.05):
            raise DeadlockDetected(f"{src}->{dst}")
        try:
            balances[src] -= amount
            balances[dst] += amount
        finally:
            dst_lock.release()


def run(src, dst, src_lock, dst_lock):
    global deadlocks
    try:
        transfer(src, dst, src_lock, dst_lock, 10)
    except DeadlockDetected:
        with stats_lock:
            deadlocks += 1


t1 = threading.Thread(target=run, args=("a", "b", lock_a, lock_b))
t2 = threading.Thread(target=run, args=("b", "a", lock_b, lock_a))
t1.start()
t2.start()
t1.join()
t2.join()
print(balances, "deadlocks:", deadlocks)
