# check: extend vs append vs +=
import threading

a = 0
b = ""


def work():
    global a, b
    xs = [1]
    xs.append([2, 3])
    xs.extend([4, 5])
    xs += (6,)
    xs.extend("ab")
    a = len(xs)
    b = str(xs)


t = threading.Thread(target=work)
t.start()
t.join()
print(a, b)
