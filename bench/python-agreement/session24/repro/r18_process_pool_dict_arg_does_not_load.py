"""A dict handed to a ProcessPoolExecutor job is pickled: the job's write stays in the worker."""
from concurrent.futures import ProcessPoolExecutor


def mark(record):
    record["seen"] = 1
    return record["seen"] + 10


if __name__ == "__main__":
    record = {"seen": 0}
    with ProcessPoolExecutor(max_workers=1) as executor:
        returned = executor.submit(mark, record).result()
    parent_seen = record["seen"]
    print(returned, parent_seen)
