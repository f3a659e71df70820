# weft refuses `data *= 2` of a local list with "`data` is read before it is assigned (Python raises
# UnboundLocalError)": `data` is bound on the line before, and CPython doubles it.
import threading

size = 0


def work():
    global size
    data = [1, 2, 3]
    data *= 2
    size = len(data)


t = threading.Thread(target=work)
t.start()
t.join()
print(size)
