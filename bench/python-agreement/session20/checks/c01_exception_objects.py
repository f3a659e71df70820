"""Exception objects as values: str(e), e.args, type(e).__name__, isinstance, in a worker thread."""
import threading


class QuotaError(Exception):
    pass


message = ""
first_arg = ""
kind = ""
is_value_error = 0
caught = 0
lock = threading.Lock()


def charge(amount):
    if amount > 100:
        raise QuotaError(f"over quota by {amount - 100}")
    if amount < 0:
        raise ValueError("negative", amount)
    return amount


def worker():
    global message, first_arg, kind, is_value_error, caught
    try:
        charge(130)
    except QuotaError as e:
        with lock:
            message = str(e)
            kind = type(e).__name__
            caught += 1
    try:
        charge(-5)
    except Exception as e:
        with lock:
            first_arg = e.args[0]
            is_value_error = 1 if isinstance(e, ValueError) else 0
            caught += 1


if __name__ == "__main__":
    t = threading.Thread(target=worker)
    t.start()
    t.join()
