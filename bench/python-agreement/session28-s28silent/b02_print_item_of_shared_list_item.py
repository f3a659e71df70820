# print(rows[0][3]) of a shared list's item, a tuple of two: IndexError.
import threading

rows = []
got = []


def writer():
    rows.append((1, 2))


def reader():
    print(rows[0][3])
    got.append(1)


t = threading.Thread(target=writer)
t.start()
t.join()
r = threading.Thread(target=reader)
r.start()
r.join()
print(got)
