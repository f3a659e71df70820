# check: string slicing with negative steps and out of range
import threading

a = ""
b = ""


def work():
    global a, b
    s = "concurrency"
    a = s[::-1] + "|" + s[-3:] + "|" + s[5:2] + "|" + s[1:8:3] + "|" + s[100:]
    b = s[-100:3] + "|" + s[::4]


t = threading.Thread(target=work)
t.start()
t.join()
print(a, b)
