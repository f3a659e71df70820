# A module-level loop over a global bound before, inside an `if` decided at run time: refused (the
# global's last value depends on whether the loop ran).
import threading

word = "start"
flags = []


def fill():
    flags.append(1)


t = threading.Thread(target=fill)
t.start()
t.join()
if len(flags) > 0:
    for word in ["alpha", "beta"]:
        pass
