# check: pop of a missing key raises KeyError (uncaught: fault)
import threading

a = 0


def work():
    global a
    d = {"a": 1}
    a = d.pop("a")
    a = d.pop("a")


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
