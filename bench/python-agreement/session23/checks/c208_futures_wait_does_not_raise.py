# check: concurrent.futures.wait() does not raise a job's exception; the program ends ok
from concurrent.futures import ThreadPoolExecutor, wait

log = []


def bad():
    raise ValueError("bad")


def good():
    log.append("good")


with ThreadPoolExecutor(max_workers=2) as ex:
    fs = [ex.submit(bad), ex.submit(good)]
    done, pending = wait(fs)
    log.append(len(done))
