import threading
out = []
def work():
    any(out.append(x) for x in [1, 2, 3])

t = threading.Thread(target=work)
t.start()
t.join()
print(out)
