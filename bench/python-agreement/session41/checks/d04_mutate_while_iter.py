# check: adding keys while iterating a dict raises RuntimeError (caught)
import threading

a = ""


def work():
    global a
    d = {"a": 1, "b": 2}
    try:
        for k in d:
            d[k + "!"] = 0
        a = "no error"
    except RuntimeError as e:
        a = str(e)


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
