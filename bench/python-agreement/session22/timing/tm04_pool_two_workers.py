# timing: a pool of 2 workers runs 5 tasks of 25 ms sleep: three rounds, about 75 ms
import time
from concurrent.futures import ThreadPoolExecutor


def download(i):
    time.sleep(0.025)
    return i


with ThreadPoolExecutor(max_workers=2) as pool:
    print(list(pool.map(download, range(5))))
