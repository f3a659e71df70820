# next() of an iterator over a shared list
import threading
items = [4, 5, 6]
got = 0


def work():
    global got
    it = iter(items)
    next(it)
    got = next(it)


t = threading.Thread(target=work)
t.start()
t.join()
print(got)
