"""ThreadPoolExecutor.map where two jobs raise: iteration raises in *input* order (the first item's error)."""
import time
from concurrent.futures import ThreadPoolExecutor


def check(n):
    if n == 1:
        time.sleep(0.05)
    raise ValueError(f"item {n}")


message = ""
with ThreadPoolExecutor(max_workers=2) as executor:
    try:
        for _ in executor.map(check, [1, 2]):
            pass
    except ValueError as error:
        message = str(error)
print(message)
