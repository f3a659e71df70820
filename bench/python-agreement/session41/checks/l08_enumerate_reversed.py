# check: enumerate start and reversed
import threading

a = ""


def work():
    global a
    names = ["x", "y", "z"]
    parts = [f"{i}{n}" for i, n in enumerate(reversed(names), start=1)]
    a = "".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
