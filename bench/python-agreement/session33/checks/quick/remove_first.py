import threading
out = []
def work():
    out.extend([1, 2, 1])
    out.remove(1)

t = threading.Thread(target=work)
t.start()
t.join()
print(out)
