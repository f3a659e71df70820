# The text of exceptions the program raises itself: str, repr, args, with one, several or no arguments.
import queue
import threading

q = queue.Queue()
texts = []
sizes = []


def worker():
    n = q.get()
    name = q.get()
    for args in range(3):
        try:
            if args == 0:
                raise ValueError()
            if args == 1:
                raise ValueError(name)
            raise ValueError(name, n)
        except ValueError as e:
            texts.append(str(e))
            texts.append(repr(e))
            if args:
                sizes.append(len(e.args))
    try:
        raise KeyError(name)
    except KeyError as e:
        texts.append(str(e))
        texts.append(f"{e}")
        texts.append(f"{e!r}")
    try:
        raise RuntimeError(n)
    except RuntimeError as e:
        texts.append(str(e))
        sizes.append(e.args[0])


q.put(0)
q.put("it's")
t = threading.Thread(target=worker)
t.start()
t.join()
print(texts, sizes)
