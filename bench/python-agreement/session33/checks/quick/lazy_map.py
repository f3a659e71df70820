import threading
out = []
def work():
    map(out.append, [1, 2])

t = threading.Thread(target=work)
t.start()
t.join()
print(out)
