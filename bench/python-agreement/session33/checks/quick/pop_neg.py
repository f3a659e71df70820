import threading
out = []
def work():
    out.extend([1, 2, 3])
    v = out.pop(-2)
    out.append(v)

t = threading.Thread(target=work)
t.start()
t.join()
print(out)
