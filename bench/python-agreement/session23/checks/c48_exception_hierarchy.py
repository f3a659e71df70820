# check: except LookupError catches KeyError and IndexError; except (A, B) tuples; exception args
import threading

caught = []


def work(kind):
    d = {"a": 1}
    items = [1, 2]
    try:
        if kind == 0:
            return d["z"]
        if kind == 1:
            return items[5]
        return int("x")
    except LookupError:
        caught.append(kind)
    except (TypeError, ValueError):
        caught.append(10 + kind)


threads = [threading.Thread(target=work, args=(k,)) for k in range(3)]
for t in threads:
    t.start()
    t.join()
