# Known bug: pool starvation deadlock (a task waits on a subtask in the same 1-worker pool; result(timeout=...) raises TimeoutError: timed_out == 1)
# Variant of f08_nested_submit_starvation.py: chained submit(...).result() split over two lines
import concurrent.futures
from concurrent.futures import ThreadPoolExecutor

executor = ThreadPoolExecutor(max_workers=1)
timed_out = 0
child_ran = 0


def child():
    global child_ran
    child_ran = 1
    return 7


def parent():
    global timed_out
    inner = executor.submit(child)
    try:
        return inner.result(timeout=0.05)
    except concurrent.futures.TimeoutError:
        timed_out = 1
        return -1


def main():
    outer = executor.submit(parent)
    value = outer.result()
    executor.shutdown(wait=True)
    print(f"parent returned {value}, timed_out={timed_out} child_ran={child_ran}")


if __name__ == "__main__":
    main()
