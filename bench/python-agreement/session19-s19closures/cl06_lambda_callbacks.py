# Lambdas that bind early (a default, or a parameter the caller gives) as a done callback, an
# CPython 3.11.7 (agree.py, 10 runs): ok len(results)=2 results[0]=102 results[1]=204 total=13 (10 of 10). weft explore: 10 outcome(s), complete, CPython's among them.
# executor's job, a thread's target with args, and a callback kept in a list and called.
import threading
from concurrent.futures import ThreadPoolExecutor

results = []
total = 0
lock = threading.Lock()


def work(n):
    return n * 2


def record(tag, future):
    with lock:
        results.append(tag + future.result())


def add(amount):
    global total
    current = total
    total = current + amount


LATER = [lambda: add(1), lambda amount=2: add(amount)]


def run_later():
    for callback in LATER:
        callback()


with ThreadPoolExecutor(max_workers=2) as pool:
    for n in [1, 2]:
        f = pool.submit(lambda n=n: work(n))
        f.add_done_callback(lambda fut, tag=100 * n: record(tag, fut))
threads = [threading.Thread(target=lambda amount: add(amount), args=(10,)), threading.Thread(target=run_later)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results), total)
