"""`print(list(map(lambda f: f.result(), fs)))`: a lambda that waits inside a print; weft refuses it
(before session 21 it read the call only: `ok` where CPython raises)."""
from concurrent.futures import ThreadPoolExecutor


def work(n):
    if n == 1:
        raise ValueError("bad")
    return n


with ThreadPoolExecutor(max_workers=2) as ex:
    fs = [ex.submit(work, i) for i in range(2)]
    print(list(map(lambda f: f.result(), fs)))
