"""Worker processes read jobs from a multiprocessing.Queue and send results back on another."""
import multiprocessing as mp

JOBS = [("len", "hello"), ("upper", "abc"), ("len", "xy"), ("upper", "q")]


def worker(jobs, results):
    while True:
        job = jobs.get()
        if job is None:
            break
        op, arg = job
        out = len(arg) if op == "len" else arg.upper()
        results.put((arg, str(out)))


if __name__ == "__main__":
    jobs = mp.Queue()
    results = mp.Queue()
    procs = [mp.Process(target=worker, args=(jobs, results)) for _ in range(2)]
    for p in procs:
        p.start()
    for job in JOBS:
        jobs.put(job)
    for _ in procs:
        jobs.put(None)
    outputs = {}
    for _ in JOBS:
        arg, out = results.get(timeout=2)
        outputs[arg] = out
    for p in procs:
        p.join()
    assert outputs == {"hello": "5", "abc": "ABC", "xy": "2", "q": "Q"}
