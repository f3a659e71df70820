import time
from concurrent.futures import ThreadPoolExecutor, TimeoutError
timed_out = 0
def slow():
    time.sleep(0.2)
    return 1
with ThreadPoolExecutor(1) as ex:
    f = ex.submit(slow)
    try:
        f.result(timeout=0.05)
    except TimeoutError:
        timed_out = 1
print(timed_out)
