import threading

msgs = []
empty = {}


def work(key):
    try:
        value = empty[key]
    except KeyError as e:
        msgs.append(str(e))
    try:
        value = 1 // len(empty)
    except ZeroDivisionError as e:
        msgs.append(str(e))
    try:
        raise ValueError("bad", 2)
    except ValueError as e:
        msgs.append(str(e))
    try:
        raise RuntimeError
    except RuntimeError as e:
        msgs.append(repr(e))


t = threading.Thread(target=work, args=("k",))
t.start()
t.join()
print(msgs)
