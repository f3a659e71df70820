# SILENT: after a module-level `for name, size in sorted(d.items()):` weft keeps the loop variables' old values; CPython leaves them bound to the last pair
import threading

sizes = {}
name = "none"
size = 0


def fill():
    sizes["home"] = 17
    sizes["about"] = 18


t = threading.Thread(target=fill)
t.start()
t.join()
for name, size in sorted(sizes.items()):
    print(name, size)
