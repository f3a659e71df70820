import threading
out = []
def work():
    out.append(1) if out else out.append(2)

t = threading.Thread(target=work)
t.start()
t.join()
print(out)
