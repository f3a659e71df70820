# check: a pool job that raises but whose future is never read does not fail the program
from concurrent.futures import ThreadPoolExecutor

done = []


def job(n):
    if n == 1:
        raise ValueError("bad row")
    done.append(n)


with ThreadPoolExecutor(max_workers=2) as pool:
    for n in range(3):
        pool.submit(job, n)
print(sorted(done))
