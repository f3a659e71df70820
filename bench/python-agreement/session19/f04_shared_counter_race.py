# BUG: race: executor jobs do stats["processed"] += 1 through a read, a pause and a write, without a lock
from concurrent.futures import ThreadPoolExecutor
import time

stats = {"processed": 0, "bytes": 0}


def process(chunk):
    seen = stats["processed"]
    time.sleep(0)
    stats["processed"] = seen + 1
    return len(chunk)


if __name__ == "__main__":
    chunks = ["aa", "bbb", "c", "dddd"]
    with ThreadPoolExecutor(max_workers=4) as pool:
        sizes = list(pool.map(process, chunks))
    stats["bytes"] = sum(sizes)
    assert stats["processed"] == len(chunks), f"processed={stats['processed']}"
