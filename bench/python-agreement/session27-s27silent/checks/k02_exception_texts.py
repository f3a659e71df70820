# The text of exceptions caught in a thread: str(e), repr(e), e.args, kept in a list.
import queue
import threading

q = queue.Queue()
texts = []


def worker():
    d = q.get()
    n = q.get()
    try:
        x = d["missing"]
    except KeyError as e:
        texts.append(str(e))
        texts.append(repr(e))
    try:
        x = 10 // n
    except ZeroDivisionError as e:
        texts.append(str(e))
        texts.append(repr(e))
    try:
        x = int("x1")
    except ValueError as e:
        texts.append(str(e))
    try:
        raise ValueError("bad", n)
    except ValueError as e:
        texts.append(str(e))
        texts.append(repr(e))
    try:
        raise RuntimeError()
    except RuntimeError as e:
        texts.append(str(e))
        texts.append(repr(e))


q.put({"a": 1})
q.put(0)
t = threading.Thread(target=worker)
t.start()
t.join()
print(texts)
