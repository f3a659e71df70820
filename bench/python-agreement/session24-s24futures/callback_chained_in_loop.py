# Refused since session 24: a done callback added in a loop the scenario runs. Before, the shutdown waited
# for the last pass's callback only: weft-start listed seen=1 (CPython seen=2: the worker runs the callback
# before the shutdown returns).
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
                ex.submit(job, n).add_done_callback(note)
    seen = len(called)


main()
print(seen, called)
