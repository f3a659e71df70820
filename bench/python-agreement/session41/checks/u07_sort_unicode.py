# check: sorting strings by code point
import threading

a = ""


def work():
    global a
    words = ["zebra", "Éclair", "apple", "éclair", "Zoo", "ångström"]
    a = ",".join(sorted(words))


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
