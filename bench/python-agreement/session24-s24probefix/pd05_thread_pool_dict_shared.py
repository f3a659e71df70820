"""A dict given to a thread pool's job is shared (no copy): the write reaches the caller."""
from concurrent.futures import ThreadPoolExecutor


def mark(record):
    record["seen"] = 1
    return record["seen"] + 10


if __name__ == "__main__":
    record = {"seen": 0}
    with ThreadPoolExecutor(max_workers=1) as executor:
        returned = executor.submit(mark, record).result()
    parent_seen = record["seen"]
    print(returned, parent_seen)
