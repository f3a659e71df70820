"""A job raises KeyError but the caller only catches ValueError: f.result() raises the KeyError in the
main thread, uncaught (a fault), but only in the runs where the job saw the flag still unset."""
from concurrent.futures import ThreadPoolExecutor

ready = 0
caught = 0


def lookup(n):
    if ready == 0:
        raise KeyError(n)
    return n


def prepare():
    global ready
    ready = 1


with ThreadPoolExecutor(2) as ex:
    ex.submit(prepare)
    f = ex.submit(lookup, 1)
    try:
        f.result()
    except ValueError:
        caught += 1
print(ready, caught)
