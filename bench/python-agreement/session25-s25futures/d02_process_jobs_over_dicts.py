"""A process pool's jobs get a copy of each dict: the job's change is not seen by the parent."""
from concurrent.futures import ProcessPoolExecutor

jobs = [{"n": 2}, {"n": 3}]


def square(job):
    job["n"] = job["n"] * job["n"]
    return job["n"]


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(square, j) for j in jobs]
        results = [f.result() for f in futures]
    print(results, jobs[0]["n"], jobs[1]["n"])
    unchanged = jobs[0]["n"]
