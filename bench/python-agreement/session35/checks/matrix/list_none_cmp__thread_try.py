"""list_none_cmp under thread_try: `NONES[0] > 25` raises TypeError."""
import threading

DATA = {"none": None, "num": 30, "row": [1, 2]}
ROW = [1, 2]
NONES = [None]
log = []


def job_raw(kind):
    if kind == "bad":
        return NONES[0] > 25
    return 7


def job(kind):
    try:
        log.append(job_raw(kind))
    except TypeError:
        log.append("caught")


threads = [threading.Thread(target=job, args=(k,)) for k in ("good", "bad")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(map(str, log)))
