# Done callbacks that are lambdas appending each future's result to a shared list.
# CPython 3.11.7 (agree.py, 10 runs): ok results=[10, 20, 30] total=60 (10 of 10). weft explore: 6 outcomes (every order of the callbacks), complete, CPython's among them. Refused before session 19.
from concurrent.futures import ThreadPoolExecutor

results = []


def work(n):
    return n * 10


with ThreadPoolExecutor(max_workers=2) as pool:
    for n in [1, 2, 3]:
        future = pool.submit(work, n)
        future.add_done_callback(lambda fut: results.append(fut.result()))
total = sum(results)
print(sorted(results), total)
