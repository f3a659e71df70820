"""A job that raises in a ThreadPoolExecutor whose future nobody reads: the error stays in the future, silently."""
from concurrent.futures import ThreadPoolExecutor

done = []


def job(n):
    if n == 1:
        raise KeyError(n)
    done.append(n)


with ThreadPoolExecutor(max_workers=2) as executor:
    for n in range(3):
        executor.submit(job, n)
done.sort()
count = len(done)
print(done)
