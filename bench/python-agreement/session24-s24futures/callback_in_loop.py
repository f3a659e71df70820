# Refused: a done callback of a future made in a loop the scenario runs (one local for every pass's
# callback thread).
import time
from concurrent.futures import ThreadPoolExecutor

called = []
seen = -1


def job(n):
    return n


def note(f):
    time.sleep(0.05 if f.result() == 0 else 0.001)
    called.append(f.result())


def main():
    global seen
    with ThreadPoolExecutor(max_workers=2) as ex:
        for n in range(2):
            if len(called) < 5:
                fut = ex.submit(job, n)
                fut.add_done_callback(note)
    seen = len(called)


main()
print(seen, called)
