"""A pool job indexes a fixed list by a shared counter another job pushed past its end; done callback."""
import time
from concurrent.futures import ThreadPoolExecutor

SLOTS = [10, 20]
cursor = 0
log = []


def advance():
    global cursor
    cursor = 5


def read():
    time.sleep(0.01)
    return SLOTS[cursor]


def note(f):
    log.append("failed" if f.exception() is not None else f.result())


with ThreadPoolExecutor(max_workers=2) as pool:
    pool.submit(advance)
    pool.submit(read).add_done_callback(note)
print(log)
