# any(out.append(x) for x in ...) as a statement: appends all (append returns None).
import threading

out = []


def fill():
    any(out.append(x) for x in (1, 2, 3))


t = threading.Thread(target=fill)
t.start()
t.join()
print(out)
