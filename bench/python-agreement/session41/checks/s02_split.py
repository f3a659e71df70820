# check: split forms
import threading

a = ""
b = ""
c = ""


def work():
    global a, b, c
    line = "  alpha  beta,gamma,,delta  "
    a = "/".join(line.split())
    b = "/".join(line.strip().split(","))
    c = "/".join(line.split(",", 1)) + "#" + "/".join("a.b.c.d".rsplit(".", 2)) + "#" + str(len("".split(",")))


t = threading.Thread(target=work)
t.start()
t.join()
print(a, b, c)
