import threading
out = []
def work():
    all(out.append(x) for x in [1, 2, 3])

t = threading.Thread(target=work)
t.start()
t.join()
print(out)
