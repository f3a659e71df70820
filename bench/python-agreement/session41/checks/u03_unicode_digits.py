# check: isdigit, isdecimal, int of non-ASCII digits
import threading

a = 0
b = ""


def work():
    global a, b
    a = int("١٢") + int("٣") * 100
    b = str("²".isdigit()) + str("²".isdecimal()) + str("½".isnumeric()) + str("é".isalpha())


t = threading.Thread(target=work)
t.start()
t.join()
print(a, b)
