import threading
out = []
def work():
    out.extend(x * 2 for x in range(3))

t = threading.Thread(target=work)
t.start()
t.join()
print(out)
