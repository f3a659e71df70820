# check: printf-style formatting
import threading

a = ""
b = ""


def work():
    global a, b
    a = "%s has %d items at %5.2f" % ("cart", 3, 9.5)
    b = "%r|%-4s|%04d|%x|%%|%.3s" % ("q", "ab", 7, 255, "abcdef")


t = threading.Thread(target=work)
t.start()
t.join()
print(a, b)
