# check: find, rfind, count; index raises ValueError (caught)
import threading

a = 0
b = ""


def work():
    global a, b
    s = "mississippi"
    a = s.find("ss") * 100 + s.rfind("ss") * 10 + s.count("s") + s.find("zz") * 1000
    try:
        b = s.index("zz")
    except ValueError as e:
        b = str(e)


t = threading.Thread(target=work)
t.start()
t.join()
print(a, b)
