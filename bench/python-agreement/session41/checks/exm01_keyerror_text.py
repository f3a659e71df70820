# check: the text of KeyError (repr of the key), IndexError and a custom exception's args
import threading

msgs = []


class QuotaError(Exception):
    pass


def work():
    d = {"a": 1}
    try:
        v = d["b"]
    except KeyError as e:
        msgs.append(str(e))
    try:
        v = d[7]
    except KeyError as e:
        msgs.append(str(e))
    xs = [1]
    try:
        v = xs[3]
    except IndexError as e:
        msgs.append(str(e))
    try:
        raise QuotaError("user", 5)
    except QuotaError as e:
        msgs.append(str(e))
    try:
        raise QuotaError()
    except QuotaError as e:
        msgs.append(f"[{e}]")


t = threading.Thread(target=work)
t.start()
t.join()
print(msgs)
