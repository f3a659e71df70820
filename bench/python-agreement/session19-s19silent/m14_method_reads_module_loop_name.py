# REFUSED by weft (s19silent): the method `run` reads the global `name` the module binds as a loop variable. CPython 3.11.7: seen=["b"]; weft-start imported it and said "complete" with seen=["x"] only (a silent error).
import threading
name = "x"
seen = []
class Reader(threading.Thread):
    def run(self):
        seen.append(name)
for name in ["a", "b"]:
    pass
t = Reader()
t.start()
t.join()
