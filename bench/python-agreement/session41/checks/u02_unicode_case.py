# check: casefold and lower of special characters
import threading

a = ""
b = ""


def work():
    global a, b
    a = "Straße".casefold() + "|" + "ΣΊΣΥΦΟΣ".lower()
    b = str(len("İ".lower())) + "|" + "ﬁne".upper()


t = threading.Thread(target=work)
t.start()
t.join()
print(a, b)
