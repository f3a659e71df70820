# check: Counter most_common with ties keeps first-seen order
import threading

a = ""


def work():
    global a
    from collections import Counter
    c = Counter("abracadabra")
    a = str(c.most_common(3)) + str(c["z"])


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
