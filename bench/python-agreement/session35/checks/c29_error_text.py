"""str() of a TypeError raised by None + 1 inside a job, read in main."""
from concurrent.futures import ThreadPoolExecutor

VALUES = [None]
message = ""


def inc():
    return VALUES[0] + 1


with ThreadPoolExecutor(max_workers=1) as pool:
    f = pool.submit(inc)
    try:
        f.result()
    except TypeError as e:
        message = str(e)
print(message)
