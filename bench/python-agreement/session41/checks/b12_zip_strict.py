# check: zip stops at the shortest; strict=True raises ValueError (caught)
import threading

a = 0
b = ""


def work():
    global a, b
    a = len(list(zip([1, 2, 3], "ab")))
    try:
        list(zip([1, 2, 3], "ab", strict=True))
        b = "ok"
    except ValueError as e:
        b = str(e)


t = threading.Thread(target=work)
t.start()
t.join()
print(a, b)
