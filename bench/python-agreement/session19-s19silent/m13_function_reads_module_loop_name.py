# REFUSED by weft (s19silent): `reader` reads the global `name` the module binds as a loop variable. CPython 3.11.7: seen=["b"] (the loop rebinds the global); weft-start imported it and said "complete" with seen=["x"] only (a silent error).
import threading
name = "x"
seen = []
for name in ["a", "b"]:
    pass
def reader():
    seen.append(name)
t = threading.Thread(target=reader)
t.start()
t.join()
