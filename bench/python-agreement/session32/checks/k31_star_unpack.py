# first, *rest = items of a shared list
import threading
items = [4, 5, 6]
first = 0
rest_len = 0


def work():
    global first, rest_len
    first, *rest = items
    rest_len = len(rest)


t = threading.Thread(target=work)
t.start()
t.join()
print(first, rest_len)
