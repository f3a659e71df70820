import threading
out = []
def work():
    out.extend([1, 2, 3])
    out.insert(-1, 7)

t = threading.Thread(target=work)
t.start()
t.join()
print(out)
