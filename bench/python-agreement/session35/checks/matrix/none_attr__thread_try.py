"""none_attr under thread_try: `DATA["none"].strip()` raises AttributeError."""
import threading

DATA = {"none": None, "num": 30, "row": [1, 2]}
ROW = [1, 2]
NONES = [None]
log = []


def job_raw(kind):
    if kind == "bad":
        return DATA["none"].strip()
    return 7


def job(kind):
    try:
        log.append(job_raw(kind))
    except AttributeError:
        log.append("caught")


threads = [threading.Thread(target=job, args=(k,)) for k in ("good", "bad")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(map(str, log)))
