# `global` inside a nested function writes the module global, not the enclosing function's local of the same name.
import threading

hits = 0


def outer():
    hits = 100

    def inner():
        global hits
        hits += 1

    t = threading.Thread(target=inner)
    t.start()
    t.join()
    return hits


returned = outer()
