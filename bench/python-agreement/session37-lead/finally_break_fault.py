# A pool job's retry loop: `try:` parses the text and `break`s, `finally:` counts the attempt. One
# text is no number: its ValueError leaves the loop through the `finally` (two ends logged for two
# jobs), and main catches it at `result()`.
from concurrent.futures import ThreadPoolExecutor

log = []


def parse(text):
    for attempt in range(3):
        try:
            log.append(int(text))
            break
        finally:
            log.append(f"end {text} {attempt}")


with ThreadPoolExecutor(max_workers=1) as pool:
    futures = [pool.submit(parse, text) for text in ["5", "x"]]
    for future in futures:
        try:
            future.result()
        except ValueError:
            log.append("ValueError")
print(log)
