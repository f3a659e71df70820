import threading
out = []
def work():
    f = lambda v: out.append(v * 2)
    f(4)

t = threading.Thread(target=work)
t.start()
t.join()
print(out)
