# check: the first finished download wins (`for f in as_completed(fs): winner = f.result(); break`)
from concurrent.futures import ThreadPoolExecutor, as_completed
import time

MIRRORS = {"eu": 30, "us": 10, "asia": 50}  # milliseconds
winner = "none"
finished = []


def download(mirror):
    time.sleep(MIRRORS[mirror] / 1000)
    finished.append(mirror)
    return mirror


with ThreadPoolExecutor(max_workers=3) as ex:
    futures = [ex.submit(download, m) for m in MIRRORS]
    for f in as_completed(futures):
        winner = f.result()
        break
print(winner, finished)
