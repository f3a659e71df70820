# check: slice assignment and del slice
import threading

a = ""


def work():
    global a
    xs = list(range(8))
    xs[1:3] = [10, 20, 30]
    del xs[::3]
    xs[-1:] = []
    a = str(xs)


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
