# check: split() and strip() treat non-breaking space as whitespace
import threading

a = 0
b = ""


def work():
    global a, b
    text = "\u00a0alpha\u2003beta\tgamma\u00a0"
    a = len(text.split())
    b = text.strip() + "|" + str(len(text.split(" ")))


t = threading.Thread(target=work)
t.start()
t.join()
print(a, b)
