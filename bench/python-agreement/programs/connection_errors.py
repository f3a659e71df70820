"""Built-in exception classes outside weft's own list, with CPython's hierarchy: a job raises
ConnectionResetError and another FileNotFoundError; `except OSError` around each `result()` catches
both, and `except ConnectionError` only the first, so `os_errors` is 2 and `connection_errors` 1."""
from concurrent.futures import ThreadPoolExecutor

os_errors = 0
connection_errors = 0


def fetch():
    raise ConnectionResetError("reset by peer")


def load():
    raise FileNotFoundError("missing.txt")


with ThreadPoolExecutor(max_workers=2) as ex:
    first = ex.submit(fetch)
    second = ex.submit(load)
for future in (first, second):
    try:
        future.result()
    except ConnectionError:
        connection_errors += 1
        os_errors += 1
    except OSError:
        os_errors += 1
print(os_errors, connection_errors)
assert os_errors == 2 and connection_errors == 1
