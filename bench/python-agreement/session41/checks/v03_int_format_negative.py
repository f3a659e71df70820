# check: format of negative ints with fill, sign and grouping
import threading

a = ""


def work():
    global a
    n = -1234
    a = f"{n:,}|{n:08d}|{n:+}|{-n: d}|{n:x}|{n:>8}|{n:<8}|"


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
