# check: str(KeyError) has quotes
import threading

a = ""


def work():
    global a
    d = {}
    try:
        d["missing"]
    except KeyError as e:
        a = str(e) + "|" + repr(e)


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
