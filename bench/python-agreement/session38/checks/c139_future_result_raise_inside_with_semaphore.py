# ordered
# future.result() re-raises a job's ValueError inside `with sem:`; caught outside.
import threading
from concurrent.futures import ThreadPoolExecutor

log = []
sem = threading.Semaphore(1)


def parse(text):
    return int(text)


with ThreadPoolExecutor(max_workers=1) as pool:
    for text in ["x", "5"]:
        future = pool.submit(parse, text)
        try:
            with sem:
                log.append(future.result())
        except ValueError:
            log.append("bad")
print(log)
