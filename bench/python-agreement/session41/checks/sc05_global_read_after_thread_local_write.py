# check: two functions, one with `global level`, one with a local `level`; each sees its own
import threading

level = 1
out = []


def raise_level():
    global level
    level += 1


def report():
    level = 100
    out.append(level)


threads = [threading.Thread(target=raise_level), threading.Thread(target=report)]
for t in threads:
    t.start()
for t in threads:
    t.join()
out.append(level)
print(out)
