# check: round of negative halves and to negative digits
import threading

a = ""
b = ""


def work():
    global a, b
    vals = [-0.5, 0.5, -1.5, 2.5, 3.5]
    a = ",".join(str(round(v)) for v in vals)
    b = str(round(-1234.5, -1)) + "|" + str(round(15, -1)) + "|" + str(round(25, -1))


t = threading.Thread(target=work)
t.start()
t.join()
print(a, b)
