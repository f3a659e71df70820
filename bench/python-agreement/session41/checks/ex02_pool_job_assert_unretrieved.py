# check: a failed assert inside a pool job is kept in its future; unread, the program ends normally
from concurrent.futures import ThreadPoolExecutor

done = []


def job(n):
    assert n != 1, "row 1 is invalid"
    done.append(n)


with ThreadPoolExecutor(max_workers=2) as pool:
    futs = [pool.submit(job, n) for n in range(3)]
print(sorted(done))
