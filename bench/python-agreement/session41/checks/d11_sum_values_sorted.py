# check: sorted by value then key
import threading

a = ""


def work():
    global a
    scores = {"eve": 3, "bob": 5, "amy": 3, "cal": 5}
    order = sorted(scores, key=lambda k: (-scores[k], k))
    a = " ".join(order)


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
