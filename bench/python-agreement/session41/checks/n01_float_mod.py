# check: float floor division and modulo with negatives
import threading

a = ""
b = ""
c = ""
d = ""


def work():
    global a, b, c, d
    x = -7.5
    a = str(x % 2)
    b = str(x // 2)
    c = str(7.5 % -2)
    d = str(divmod(-7, 2))


t = threading.Thread(target=work)
t.start()
t.join()
print(a, b, c, d)
