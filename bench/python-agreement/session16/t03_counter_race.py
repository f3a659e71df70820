# bug: counter += 1 from two threads without a lock loses updates
import threading

count = 0


def make_worker(n):
    def work():
        global count
        for _ in range(n):
            current = count
            count = current + 1
    return work


t1 = threading.Thread(target=make_worker(3))
t2 = threading.Thread(target=make_worker(3))
t1.start(); t2.start()
t1.join(); t2.join()
print("count =", count)
assert count == 6, f"lost updates: {count}"
