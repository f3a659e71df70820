# Refused: the future made in the loop is read after it (the last pass's future; unbound in Python
# when the loop never ran).
import time
from concurrent.futures import ThreadPoolExecutor

value = 0


def job(n):
    time.sleep(0.01)
    return n * 2


def main():
    global value
    with ThreadPoolExecutor(max_workers=2) as ex:
        for attempt in range(3):
            fut = ex.submit(job, attempt)
            if fut.result() > 2:
                break
        value = fut.result()


main()
