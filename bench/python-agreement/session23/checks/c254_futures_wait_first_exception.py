# check: concurrent.futures.wait(FIRST_EXCEPTION) returns at the first job that raises; the others run on
import time
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_EXCEPTION

log = []
sizes = []


def bad():
    time.sleep(0.005)
    raise ValueError("bad")


def slow():
    time.sleep(0.03)
    log.append("slow")


with ThreadPoolExecutor(max_workers=2) as ex:
    fs = [ex.submit(bad), ex.submit(slow)]
    done, pending = wait(fs, return_when=FIRST_EXCEPTION)
    sizes.append(len(done))
    sizes.append(len(pending))
log.append("after")
