# check: f-string !r, !s, nested braces, = specifier
import threading

a = ""


def work():
    global a
    name = "bo"
    n = 3
    a = f"{name!r} {{literal}} {n=} {n*2:>{n}} {'yes' if n else 'no'}"


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
