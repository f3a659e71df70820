"""Custom exception subclasses caught by their base class, a tuple of classes and LookupError."""
import threading


class PaymentError(Exception):
    pass


class CardDeclined(PaymentError):
    pass


class FraudSuspected(PaymentError):
    pass


declined = 0
fraud = 0
lookup = 0
other = 0
lock = threading.Lock()


def charge(kind):
    if kind == 1:
        raise CardDeclined("no funds")
    if kind == 2:
        raise FraudSuspected("blocked")
    if kind == 3:
        raise KeyError("card")
    if kind == 4:
        raise IndexError("slot")
    raise ValueError("bad amount")


def worker(kind):
    global declined, fraud, lookup, other
    try:
        charge(kind)
    except CardDeclined:
        with lock:
            declined += 1
    except PaymentError:
        with lock:
            fraud += 1
    except LookupError:
        with lock:
            lookup += 1
    except (TypeError, ValueError):
        with lock:
            other += 1


if __name__ == "__main__":
    threads = [threading.Thread(target=worker, args=(k,)) for k in range(1, 6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
