"""none_attr under process_exitcode: `DATA["none"].strip()` raises AttributeError."""
import multiprocessing

DATA = {"none": None, "num": 30, "row": [1, 2]}
ROW = [1, 2]
NONES = [None]
log = []


def job(kind):
    if kind == "bad":
        return DATA["none"].strip()
    return 7


def run(kind):
    job(kind)


if __name__ == "__main__":
    procs = [multiprocessing.Process(target=run, args=(k,)) for k in ("good", "bad")]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
        log.append(p.exitcode)
    print(sorted(map(str, log)))
