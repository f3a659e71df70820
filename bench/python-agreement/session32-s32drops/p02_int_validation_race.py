# BUG: lost update: two validators count rejected rows with `rejected += 1`, a read and a write that race;
# each validates a row by `int(row)` as a bare statement and its ValueError.
import threading

rejected = 0


def validate(rows):
    global rejected
    for row in rows:
        try:
            int(row)
        except ValueError:
            rejected += 1


a = threading.Thread(target=validate, args=(["1", "x", "2"],))
b = threading.Thread(target=validate, args=(["y", "3"],))
a.start()
b.start()
a.join()
b.join()
print(rejected)
