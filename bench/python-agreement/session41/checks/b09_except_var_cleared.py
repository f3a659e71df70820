# check: the except-as name is deleted after the block (NameError, uncaught: fault)
import threading

a = 0


def work():
    global a
    e = "before"
    try:
        raise ValueError("x")
    except ValueError as e:
        a = 1
    a = len(e)


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
