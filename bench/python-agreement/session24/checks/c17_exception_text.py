"""The text of exceptions caught in a worker: str() of KeyError, ValueError, ZeroDivisionError, type names."""
import threading

messages = []


def worker():
    data = {"a": 1}
    try:
        data["missing"]
    except KeyError as error:
        messages.append(str(error))
    try:
        int("x1")
    except ValueError as error:
        messages.append(str(error))
    try:
        1 / 0
    except ZeroDivisionError as error:
        messages.append(type(error).__name__ + ": " + str(error))
    try:
        raise RuntimeError("stage %d failed" % 3)
    except RuntimeError as error:
        messages.append(repr(error))


t = threading.Thread(target=worker)
t.start()
t.join()
print(messages)
