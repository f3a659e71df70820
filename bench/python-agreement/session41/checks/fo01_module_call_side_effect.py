# check: a module-level constant computed by a call that also appends to a list: the call runs once
import threading

calls = []


def load_limit():
    calls.append("load")
    return 5


LIMIT = load_limit()
out = []


def work():
    out.append(LIMIT * 2)


t = threading.Thread(target=work)
t.start()
t.join()
print(calls, out)
