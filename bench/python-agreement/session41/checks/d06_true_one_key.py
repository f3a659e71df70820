# check: True and 1 are the same dict key
import threading

a = ""


def work():
    global a
    d = {1: "one", True: "yes", 1.0: "float"}
    a = str(d) + str(len(d))


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
