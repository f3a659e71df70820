import threading

handlers_called = []
lock = threading.Lock()


def on_add(x):
    return x + 1


def on_mul(x):
    return x * 3


HANDLERS = {"add": on_add, "mul": on_mul}


def dispatch(kind, value):
    result = HANDLERS[kind](value)
    with lock:
        handlers_called.append(result)


ts = [threading.Thread(target=dispatch, args=(k, v)) for k, v in (("add", 1), ("mul", 2))]
for t in ts:
    t.start()
for t in ts:
    t.join()
total = sum(handlers_called)
print(sorted(handlers_called), total)
