# check: format of halves that are not exact in binary
import threading

a = ""


def work():
    global a
    a = f"{2.675:.2f}|{0.125:.2f}|{0.375:.2f}|{1.005:.2f}|{-0.0:.1f}|{12345.6789:,.2f}|{1e15}|{1e16}|{0.0001}|{0.00001}"


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
