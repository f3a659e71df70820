# The same form with a lost update: two jobs read a shared counter, sleep, and write it back; the
# function returns the first job's result from inside the `with`, after which the shutdown waits for
# the second. The counter ends at 1 or 2 (weft should find the 1).
import time
from concurrent.futures import ThreadPoolExecutor

counter = 0


def bump(tag):
    global counter
    seen = counter
    time.sleep(0.001)
    counter = seen + 1
    return tag


def run():
    with ThreadPoolExecutor(max_workers=2) as ex:
        first = ex.submit(bump, "a")
        ex.submit(bump, "b")
        return first.result()


tag = run()
print(tag, counter)
