# check: an uncaught exception re-raised by future.result() in main ends the program with an error
from concurrent.futures import ThreadPoolExecutor

before = []


def job():
    raise ValueError("bad")


with ThreadPoolExecutor() as ex:
    f = ex.submit(job)
    before.append(1)
    f.result()
    before.append(2)
