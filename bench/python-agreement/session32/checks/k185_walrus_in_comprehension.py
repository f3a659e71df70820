# A walrus inside a comprehension binds the enclosing function's name.
import threading

last = -1


def work():
    global last
    values = [y := x * 2 for x in range(3)]
    last = y + len(values)


t = threading.Thread(target=work)
t.start()
t.join()
print(last)
