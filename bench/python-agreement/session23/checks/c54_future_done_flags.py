# check: done() is False right after submitting a sleeping job, True after result(); running() while it runs
import time
from concurrent.futures import ThreadPoolExecutor

flags = []


def nap():
    time.sleep(0.02)
    return 1


with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(nap)
    time.sleep(0.005)
    flags.append(int(f.done()))
    flags.append(int(f.running()))
    f.result()
    flags.append(int(f.done()))
