# check: ord/chr beyond ASCII
import threading

a = 0
b = ""


def work():
    global a, b
    a = ord("€") + ord("😀")
    b = chr(233) + chr(0x1F600) + str(len(chr(0x1F600)))


t = threading.Thread(target=work)
t.start()
t.join()
print(a, b)
