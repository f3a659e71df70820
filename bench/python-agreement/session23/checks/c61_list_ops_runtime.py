# check: sort in place, reversed, enumerate(start=1), slicing, star unpacking on a list filled at run time
import threading

data = []
out = []


def fill():
    for v in (5, 3, 9, 1):
        data.append(v)


t = threading.Thread(target=fill)
t.start()
t.join()
data.sort()
first, *rest = data
out.append(first)
out.append(len(rest))
for i, v in enumerate(reversed(data), start=1):
    out.append(i * v)
out.append(sum(data[1:3]))
out.append(data[-1])
