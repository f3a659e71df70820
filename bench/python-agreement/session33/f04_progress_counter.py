# BUG: lost update: the download workers bump a shared counter without a lock (read, time.sleep(0), write), so the count can come out short
import time
from concurrent.futures import ThreadPoolExecutor, wait


class Stats:
    def __init__(self):
        self.completed = 0
        self.bytes = 0

    def record(self, size):
        completed = self.completed
        time.sleep(0)  # log line to the console
        self.completed = completed + 1
        self.bytes += size


stats = Stats()


def download(url):
    size = len(url) * 100
    stats.record(size)
    return size


urls = ["https://a.example/x", "https://b.example/yy", "https://c.example/zzz"]
with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(download, u) for u in urls]
    wait(futures)

print("completed", stats.completed, "of", len(urls), "bytes", stats.bytes)
