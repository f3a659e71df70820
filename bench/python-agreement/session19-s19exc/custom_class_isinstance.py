# CPython 3.11.7, 10 of 10 runs: ok, messages ['no pear', 'apple'], stock apple 0; weft: that and messages ['apple', 'no pear'] (2 outcomes, complete).
# A program's own exception classes, a message made from a local, and isinstance on the caught exception.
import threading


class AppError(Exception):
    pass


class NotFound(AppError, ):
    pass


class Timeout(AppError):
    pass


kinds = []
messages = []
lock = threading.Lock()
stock = {"apple": 1}


def order(item):
    try:
        if item not in stock:
            raise NotFound(f"no {item}")
        with lock:
            if stock[item] == 0:
                raise Timeout(item)
            stock[item] -= 1
    except AppError as e:
        with lock:
            kinds.append(isinstance(e, NotFound))
            kinds.append(isinstance(e, LookupError))
            messages.append(str(e))


threads = [threading.Thread(target=order, args=(item,)) for item in ["apple", "pear", "apple"]]
for t in threads:
    t.start()
for t in threads:
    t.join()
