# a done callback failing implicitly (KeyError) is logged by CPython and ignored
from concurrent.futures import ThreadPoolExecutor

after = 0
table = {}


def job():
    return 5


def callback(future):
    value = table["missing"]


with ThreadPoolExecutor(max_workers=1) as pool:
    f = pool.submit(job)
    f.add_done_callback(callback)
after = f.result() + 1
print(after)
