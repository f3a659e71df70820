import threading
out = []
def work():
    (out.append(x) for x in [1, 2])

t = threading.Thread(target=work)
t.start()
t.join()
print(out)
