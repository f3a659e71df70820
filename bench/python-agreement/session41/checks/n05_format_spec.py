# check: format specs
import threading

a = ""
b = ""
c = ""


def work():
    global a, b, c
    n = 1234567
    a = f"{n:,}|{n:_}|{255:x}|{255:#b}|{7:03}"
    b = f"{3.14159:.3f}|{42:>6}|{'ab':*^6}|{0.25:%}|{0.25:.0%}"
    c = f"{-5:+d}|{5:+d}|{1e6:.2e}|{12.0:g}|{0.0001:g}"


t = threading.Thread(target=work)
t.start()
t.join()
print(a, b, c)
