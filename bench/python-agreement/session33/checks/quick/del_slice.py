import threading
out = []
def work():
    out.extend([1, 2, 3, 4])
    del out[1:3]

t = threading.Thread(target=work)
t.start()
t.join()
print(out)
