# check: repr of non-ASCII and control characters
import threading

a = ""


def work():
    global a
    a = repr("é\n\t\x00") + "|" + ascii("é") + "|" + repr("\u200b")


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
