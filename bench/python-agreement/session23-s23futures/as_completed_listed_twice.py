# SILENT before session 23: `as_completed([f, f])` yields the future once (it makes a set of the list);
# weft watched it twice (n=2 under "complete", CPython n=1). Refused since, naming the cause.
from concurrent.futures import ThreadPoolExecutor, as_completed
n = 0
def job():
    return 1
with ThreadPoolExecutor(max_workers=2) as ex:
    pass
    f = ex.submit(job)
    for g in as_completed([f, f]):
        n += g.result()
print(n)
