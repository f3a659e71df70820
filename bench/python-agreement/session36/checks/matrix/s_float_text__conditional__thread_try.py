"""float_text in a job's conditional under thread_try: `float(DATA["text"])` raises ValueError."""
import threading

DATA = {"none": None, "num": 30, "row1": [1], "text": "abc", "zero": 0}
ROW = [1, 2]
EMPTY = []


class Config:
    def __init__(self):
        self.retries = 3


CONFIG = Config()
log = []


def job_raw(kind):
    value = float(DATA["text"]) if kind == "bad" else 7
    return value


def job(kind):
    try:
        log.append(job_raw(kind))
    except ValueError:
        log.append("caught")


threads = [threading.Thread(target=job, args=(k,)) for k in ("good", "bad")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(map(str, log)))
