# check: str.format with positions, names and specs
import threading

a = ""


def work():
    global a
    a = "{1}-{0}-{1}|{name:^7}|{:>6.2f}|{0!r}".format("x", "y", name="mid") if False else "{1}-{0}-{1}|{name:^7}|{2:>6.2f}".format("x", "y", 3.14159, name="mid")


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
