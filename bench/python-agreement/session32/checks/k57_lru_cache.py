# functools.lru_cache: the second call with the same argument does not run the body.
import functools
import threading

computed = 0


@functools.lru_cache(maxsize=None)
def price(item):
    global computed
    computed += 1
    return len(item) * 10


total = 0


def worker():
    global total
    total = price("tea") + price("tea")


t = threading.Thread(target=worker)
t.start()
t.join()
print(computed, total)
