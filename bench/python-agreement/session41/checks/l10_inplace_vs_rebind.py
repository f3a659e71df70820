# check: += on a list param mutates the caller's list; + rebinds
import threading

a = 0
b = 0


def work():
    global a, b
    def grow(lst):
        lst += [9]
    def grow2(lst):
        lst = lst + [9]
        return len(lst)
    xs = [1, 2]
    grow(xs)
    n = grow2(xs)
    a = len(xs)
    b = n


t = threading.Thread(target=work)
t.start()
t.join()
print(a, b)
