# a @synchronized(lock) decorator makes the read-modify-write of the counter atomic; @timed only prints
import functools
import threading
import time

counter = 0
unsafe = 0
counter_lock = threading.Lock()


def synchronized(lock):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            with lock:
                return fn(*args, **kwargs)

        return wrapper

    return decorate


def timed(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        result = fn(*args, **kwargs)
        elapsed = time.perf_counter() - start
        print(f"{fn.__name__} took {elapsed:.4f}s")
        return result

    return wrapper


@synchronized(counter_lock)
def add(amount):
    global counter
    current = counter
    time.sleep(0.001)
    counter = current + amount


@timed
def add_unsafe(amount):
    global unsafe
    current = unsafe
    time.sleep(0.001)
    unsafe = current + amount
    return unsafe


def worker(amount):
    add(amount)
    add_unsafe(amount)


threads = [threading.Thread(target=worker, args=(n,)) for n in (1, 10)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"counter={counter} unsafe={unsafe}")
