# A module-level `for` over a global bound before, whose iterable may be empty: CPython's global keeps
# its old value when the loop runs zero times, and takes the last item otherwise.
import threading

word = "start"
name = "none"
sizes = {}
empty = {}


def fill():
    sizes["home"] = 17
    sizes["about"] = 18


t = threading.Thread(target=fill)
t.start()
t.join()
for name in empty:
    pass
for word, size in sorted(sizes.items()):
    pass
