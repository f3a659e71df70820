# no bug: a job's exception stays in its future when nobody calls result(); the program ends normally
from concurrent.futures import ThreadPoolExecutor

finished = 0


def sync_user(n):
    if n == 2:
        raise KeyError("user 2 vanished")
    return n


with ThreadPoolExecutor(max_workers=2) as ex:
    for n in range(4):
        ex.submit(sync_user, n)
finished = 1
print("finished", finished)
