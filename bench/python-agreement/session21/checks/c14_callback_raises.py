# an exception in a done callback is logged by CPython and ignored; the program goes on
from concurrent.futures import ThreadPoolExecutor

after = 0


def job():
    return 5


def bad_callback(future):
    raise RuntimeError("callback failed")


with ThreadPoolExecutor(max_workers=1) as pool:
    f = pool.submit(job)
    f.add_done_callback(bad_callback)
after = f.result() + 1
print(after)
