import threading
out = []
def work():
    filter(out.append, [1])

t = threading.Thread(target=work)
t.start()
t.join()
print(out)
