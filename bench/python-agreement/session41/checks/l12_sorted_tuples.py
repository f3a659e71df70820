# check: sorted tuples compare element by element
import threading

a = ""


def work():
    global a
    pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
    a = str(sorted(pairs)) + str(max(pairs))


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
