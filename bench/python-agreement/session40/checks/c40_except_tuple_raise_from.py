# Check: except with a tuple of types, raise ... from, exception attributes (args), bare raise re-raise. Bug: none.
import threading

caught = []
cause = ""


def parse(s):
    try:
        return int(s)
    except (ValueError, TypeError) as exc:
        raise KeyError(s) from exc


def worker():
    global cause
    for s in ["5", "x", None]:
        try:
            caught.append(parse(s))
        except KeyError as e:
            caught.append(-1)
            cause = type(e.__cause__).__name__
    try:
        try:
            raise IndexError(3)
        except IndexError:
            raise
    except IndexError as e2:
        caught.append(e2.args[0])


t = threading.Thread(target=worker)
t.start()
t.join()
print(f"caught={caught} cause={cause}")
