# Callbacks kept in a list built at run time and called as statements.
import threading

hits = []
handlers = []


def on_a(x):
    hits.append(("a", x))


def on_b(x):
    hits.append(("b", x))


def register():
    handlers.append(on_a)
    handlers.append(on_b)


def fire(x):
    for h in handlers:
        h(x)


register()
t = threading.Thread(target=fire, args=(5,))
t.start()
t.join()
print(hits)
