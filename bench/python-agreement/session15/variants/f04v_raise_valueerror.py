# variant of f04 (int() of a string refused): the job raises ValueError itself -- no bug: one task raises; the caller catches it from result() and counts successes and failures
from concurrent.futures import ThreadPoolExecutor

succeeded = 0
failed = 0


def parse(text):
    if text == "oops":
        raise ValueError(text)
    return 1


inputs = ["1", "2", "oops", "4"]
with ThreadPoolExecutor(max_workers=2) as executor:
    futures = [executor.submit(parse, text) for text in inputs]
    for future in futures:
        try:
            future.result()
            succeeded += 1
        except ValueError:
            failed += 1

assert (succeeded, failed) == (3, 1)
