# check: title, capitalize, swapcase
import threading

a = ""
b = ""


def work():
    global a, b
    a = "o'neil mcdonald-smith".title() + "|" + "hELLO wORLD".capitalize()
    b = "Straße".upper() + "|" + "MiXeD".swapcase() + "|" + "ǅ".lower()


t = threading.Thread(target=work)
t.start()
t.join()
print(a, b)
