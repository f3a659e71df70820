# no bug: six downloads of 50 ms on a default ThreadPoolExecutor
from concurrent.futures import ThreadPoolExecutor
import time

done = 0


def download(n):
    time.sleep(0.05)
    return n


with ThreadPoolExecutor() as ex:
    results = list(ex.map(download, range(6)))
done = len(results)
