"""A decorator of module functions whose wrapper takes the first argument (a lock) by name."""
import functools
import threading

balance = 0
guard = threading.Lock()


def holding(fn):
    @functools.wraps(fn)
    def wrapper(lock, *args):
        with lock:
            fn(lock, *args)

    return wrapper


@holding
def deposit(lock: threading.Lock, amount: int) -> None:
    global balance
    balance += amount


threads = [threading.Thread(target=deposit, args=(guard, n)) for n in (1, 2, 3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(balance)
assert balance == 6
