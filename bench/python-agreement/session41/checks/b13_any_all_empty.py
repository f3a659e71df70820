# check: any/all on empty and on generators
import threading

a = 0


def work():
    global a
    a = any([]) + all([]) * 2 + any(x > 2 for x in [1, 2, 3]) * 4 + all(x for x in [1, 0]) * 8


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
