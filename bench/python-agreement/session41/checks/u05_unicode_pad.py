# check: center and ljust count code points
import threading

a = ""


def work():
    global a
    a = "é".center(5, "*") + "|" + "日本".ljust(4, "-") + "|" + f"{'ü':>3}|" + "ab€"[1:]


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
