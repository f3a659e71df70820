# SILENT (final state only): a module-level `for` whose variable is a global bound before leaves that global's old value in weft's outcome (word='start'); CPython's global is the last item (word='beta'). Reads after the loop are right.
import threading

word = "start"
sizes = {}
name = "none"


def fill():
    sizes["home"] = 17
    sizes["about"] = 18


t = threading.Thread(target=fill)
t.start()
t.join()
for word in ["alpha", "beta"]:
    pass
for name, size in sorted(sizes.items()):
    print(name, size)
