"""none_len under thread_try: `len(DATA["none"])` raises TypeError."""
import threading

DATA = {"none": None, "num": 30, "row": [1, 2]}
ROW = [1, 2]
NONES = [None]
log = []


def job_raw(kind):
    if kind == "bad":
        return len(DATA["none"])
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
