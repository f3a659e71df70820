# A pool job returns a list it keeps appending to (a module list): the caller's result is the same
# object, so it sees later appends.
import time
from concurrent.futures import ThreadPoolExecutor

log = []
seen = []


def job():
    seen.append("a")
    return seen


with ThreadPoolExecutor(max_workers=1) as pool:
    result = pool.submit(job).result()
    seen.append("b")
    log.append(len(result))
print(log)
