# future.result(timeout=...) raises TimeoutError, which is an OSError subclass: except OSError catches it.
import time
from concurrent.futures import ThreadPoolExecutor

outcome = ""


def slow():
    time.sleep(0.05)
    return 1


with ThreadPoolExecutor(1) as ex:
    f = ex.submit(slow)
    try:
        f.result(timeout=0.005)
        outcome = "value"
    except OSError:
        outcome = "oserror"
print(outcome)
