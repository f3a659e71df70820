import threading
out = []
def work():
    out.extend([5, 6, 5])
    out.append(out.index(5, 1))

t = threading.Thread(target=work)
t.start()
t.join()
print(out)
