# CPython 3.11.7 (10 runs): 1 ['done', 'done', 'first'] 2 every run
# a job raises inside try/except/finally: its own handler misses the class, the finally runs, the
# future keeps the exception, main catches it around result()
from concurrent.futures import ThreadPoolExecutor

seen = [0]
log = []


def job(x):
    try:
        count = seen[0]
        seen[0] = count + 1
        if count > 0:
            raise ValueError("second")
        log.append("first")
    except KeyError:
        log.append("key")
    finally:
        log.append("done")
    return x


caught = 0
with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(job, 1), pool.submit(job, 2)]
for f in futures:
    try:
        f.result()
    except ValueError:
        caught += 1
print(caught, sorted(log), seen[0])
