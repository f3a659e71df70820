# A pool job returns `int(text)` inside `try:`/`finally:`; one text is no number (ValueError). CPython
# runs the `finally` on the way out of both jobs: 'end 7' and 'end x' are both logged, and main catches
# the ValueError at `result()`. Before session 37 weft skipped the faulting job's `finally`.
from concurrent.futures import ThreadPoolExecutor

log = []


def parse(text):
    try:
        return int(text)
    finally:
        log.append(f"end {text}")


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(parse, text) for text in ["7", "x"]]
    for future in futures:
        try:
            log.append(future.result())
        except ValueError:
            log.append("ValueError")
print(sorted(str(item) for item in log))
