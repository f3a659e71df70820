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
out.append(data[0])
out.append(len(data[1:]))
i = 1
for v in reversed(data):
    out.append(i * v)
    i += 1
out.append(sum(data[1:3]))
out.append(data[-1])
