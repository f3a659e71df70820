import threading
out = []
def work():
    out.extend([1, 2, 3])
    out[0:2] = [9]

t = threading.Thread(target=work)
t.start()
t.join()
print(out)
