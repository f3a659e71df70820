# check: zfill, center, ljust, rjust
import threading

a = ""


def work():
    global a
    a = "42".zfill(5) + "|" + "-42".zfill(5) + "|" + "ab".center(7, ".") + "|" + "ab".ljust(4, "_") + "|" + "ab".rjust(1)


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
