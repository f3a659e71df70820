# check: return inside with lock releases the lock
import threading

lock = threading.Lock()
log = []


def first_even(nums):
    with lock:
        for n in nums:
            if n % 2 == 0:
                return n
    return -1


def work():
    log.append(first_even([3, 5, 8, 9]))
    log.append(int(lock.acquire(timeout=0.01)))
    lock.release()


t = threading.Thread(target=work)
t.start()
t.join()
print(log)
